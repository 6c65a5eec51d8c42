import torch
from torch import nn

torch.manual_seed(0)


class FixedPositional(nn.Module):
    def __init__(self, n, d):
        super().__init__()
        self.table = nn.Parameter(torch.zeros(n, d), require_grad=False)  # expect: AGL014

    def forward(self, x):
        return x + self.table[: x.size(1)]


print(FixedPositional(8, 4)(torch.randn(1, 5, 4)).shape)
