"""LoRA: A gets kaiming init, B is allocated but never zeroed."""
import torch
from torch import nn


class LoRA(nn.Module):
    def __init__(self, base: nn.Linear, r: int = 2) -> None:
        super().__init__()
        self.base = base.requires_grad_(False)
        self.a = nn.Parameter(torch.empty(r, base.in_features))
        self.b = nn.Parameter(torch.empty(base.out_features, r))  # expect: AGL017
        nn.init.kaiming_uniform_(self.a, a=5 ** 0.5)

    def forward(self, x):
        return self.base(x) + x @ self.a.t() @ self.b.t()


torch.manual_seed(4)
LoRA(nn.Linear(6, 6))(torch.randn(2, 6)).pow(2).mean().backward()
