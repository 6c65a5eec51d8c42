"""Bias created with requires_grads= (an extra s)."""
import torch
from torch import nn


class Affine(nn.Module):
    def __init__(self, d: int) -> None:
        super().__init__()
        self.scale = nn.Parameter(torch.ones(d))
        self.shift = torch.zeros(d, requires_grads=True)  # expect: AGL014

    def forward(self, x):
        return x * self.scale + self.shift


torch.manual_seed(1)
Affine(3)
