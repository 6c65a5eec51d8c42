import torch
import torch.nn as nn

torch.manual_seed(0)


class Mixture(nn.Module):
    def __init__(self, n_experts, dim):
        super().__init__()
        self.experts = nn.ModuleList(nn.Linear(dim, dim) for _ in range(n_experts))
        self.alpha = nn.Parameter(torch.ones(n_experts))

    def forward(self, x):
        self.alpha.div_(self.alpha.sum())  # expect: AGL008
        return sum(a * e(x) for a, e in zip(self.alpha, self.experts, strict=True))


mix = Mixture(3, 4)
out = mix(torch.randn(2, 4))
