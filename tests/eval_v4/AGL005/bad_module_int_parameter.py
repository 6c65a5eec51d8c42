"""A module whose learnable offsets were written as integer literals."""
import torch
from torch import nn


class Shift(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.offsets = nn.Parameter(torch.tensor([1, 0, 2]))  # expect: AGL005

    def forward(self, x):
        return x + self.offsets


torch.manual_seed(5)
print(Shift()(torch.randn(4, 3)).shape)
