"""A custom linear layer that allocates its weight and never initialises it."""
import torch
from torch import nn


class MyLinear(nn.Module):
    def __init__(self, n_in: int, n_out: int) -> None:
        super().__init__()
        self.weight = nn.Parameter(torch.empty(n_out, n_in))  # expect: AGL017
        self.bias = nn.Parameter(torch.zeros(n_out))

    def forward(self, x):
        return x @ self.weight.t() + self.bias


torch.manual_seed(0)
layer = MyLinear(4, 3)
layer(torch.randn(2, 4)).pow(2).mean().backward()
