"""Custom linear layer: torch.empty followed by nn.init.kaiming_uniform_."""
import torch
from torch import nn


class MyLinear(nn.Module):
    def __init__(self, n_in: int, n_out: int) -> None:
        super().__init__()
        self.weight = nn.Parameter(torch.empty(n_out, n_in))
        self.bias = nn.Parameter(torch.zeros(n_out))
        nn.init.kaiming_uniform_(self.weight, a=5 ** 0.5)

    def forward(self, x):
        return x @ self.weight.t() + self.bias


torch.manual_seed(0)
MyLinear(4, 3)(torch.randn(2, 4)).pow(2).mean().backward()
