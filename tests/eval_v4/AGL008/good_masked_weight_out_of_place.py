"""Structured sparsity applied out of place in forward()."""
import torch
from torch import nn


class MaskedLinear(nn.Linear):
    def __init__(self, n_in: int, n_out: int) -> None:
        super().__init__(n_in, n_out)
        self.register_buffer("mask", torch.rand(n_out, n_in) < 0.5)

    def forward(self, x):
        return nn.functional.linear(x, self.weight.masked_fill(self.mask, 0.0), self.bias)


torch.manual_seed(13)
MaskedLinear(4, 3)(torch.randn(2, 4)).sum().backward()
