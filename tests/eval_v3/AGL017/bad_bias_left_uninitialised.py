import torch
from torch import nn


class Projection(nn.Module):
    def __init__(self, d_in, d_out):
        super().__init__()
        self.weight = nn.Parameter(torch.empty(d_out, d_in))
        self.bias = nn.Parameter(torch.empty(d_out))  # expect: AGL017
        nn.init.xavier_uniform_(self.weight)

    def forward(self, x):
        return nn.functional.linear(x, self.weight, self.bias)


torch.manual_seed(0)
proj = Projection(5, 2)
proj(torch.randn(3, 5)).sum().backward()
