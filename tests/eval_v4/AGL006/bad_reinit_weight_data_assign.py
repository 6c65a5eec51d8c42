"""A module re-initialises its projection by assigning .data in __init__."""
import torch
from torch import nn


class Projector(nn.Module):
    def __init__(self, dim: int) -> None:
        super().__init__()
        self.proj = nn.Linear(dim, dim, bias=False)
        self.proj.weight.data = torch.eye(dim) + 0.01 * torch.randn(dim, dim)  # expect: AGL006

    def forward(self, x):
        return self.proj(x)


torch.manual_seed(4)
print(Projector(4)(torch.randn(2, 4)).shape)
