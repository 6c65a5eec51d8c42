"""A frozen table declared with nn.Parameter(..., requires_grad=False)."""
import torch
from torch import nn


class PositionalTable(nn.Module):
    def __init__(self, n: int, d: int) -> None:
        super().__init__()
        self.table = nn.Parameter(torch.randn(n, d), requires_grad=False)

    def forward(self, x):
        return x + self.table[: x.shape[1]]


torch.manual_seed(10)
print(PositionalTable(8, 4)(torch.randn(2, 3, 4)).shape)
