import torch
from torch import nn


class Experts(nn.Module):
    def __init__(self, k, d):
        super().__init__()
        weights = [nn.Parameter(torch.empty(d, d)) for _ in range(k)]  # expect: AGL017
        self.experts = nn.ParameterList(weights)

    def forward(self, x):
        return sum(x @ w for w in self.experts)


Experts(2, 3)(torch.randn(4, 3)).sum().backward()
