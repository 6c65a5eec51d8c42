import torch
from torch import nn


class MyLinear(nn.Module):
    def __init__(self, n_in, n_out):
        super().__init__()
        self.weight = nn.Parameter(torch.empty(n_out, n_in))  # expect: AGL017
        self.bias = nn.Parameter(torch.zeros(n_out))

    def forward(self, x):
        return x @ self.weight.T + self.bias


layer = MyLinear(4, 2)
layer(torch.randn(3, 4)).sum().backward()
