"""nn.Parameter built from float literals."""
import torch
from torch import nn


class Shift(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.offsets = nn.Parameter(torch.tensor([1.0, 0.0, 2.0]))

    def forward(self, x):
        return x + self.offsets


torch.manual_seed(5)
Shift()(torch.randn(4, 3)).sum().backward()
