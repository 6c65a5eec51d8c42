"""A frozen positional table declared with Parameter(..., require_grad=False)."""
import torch
from torch import nn


class PositionalTable(nn.Module):
    def __init__(self, n: int, d: int) -> None:
        super().__init__()
        self.table = nn.Parameter(torch.randn(n, d), require_grad=False)  # expect: AGL014

    def forward(self, x):
        return x + self.table[: x.shape[1]]


torch.manual_seed(10)
PositionalTable(8, 4)
