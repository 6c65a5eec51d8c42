"""Structured sparsity: masked_fill_ on a weight with grad mode on."""
import torch
from torch import nn


class MaskedLinear(nn.Linear):
    def __init__(self, n_in: int, n_out: int) -> None:
        super().__init__(n_in, n_out)
        self.register_buffer("mask", torch.rand(n_out, n_in) < 0.5)

    def forward(self, x):
        self.weight.masked_fill_(self.mask, 0.0)  # expect: AGL008
        return super().forward(x)


torch.manual_seed(13)
print(MaskedLinear(4, 3)(torch.randn(2, 4)).shape)
