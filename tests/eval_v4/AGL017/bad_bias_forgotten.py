"""Weight initialised with kaiming_uniform_, the bias forgotten."""
import torch
from torch import nn


class Dense(nn.Module):
    def __init__(self, n_in: int, n_out: int) -> None:
        super().__init__()
        self.weight = nn.Parameter(torch.empty(n_out, n_in))
        self.bias = nn.Parameter(torch.empty(n_out))  # expect: AGL017
        nn.init.kaiming_uniform_(self.weight, a=5 ** 0.5)

    def forward(self, x):
        return nn.functional.linear(x, self.weight, self.bias)


torch.manual_seed(3)
Dense(5, 2)(torch.randn(4, 5)).sum().backward()
