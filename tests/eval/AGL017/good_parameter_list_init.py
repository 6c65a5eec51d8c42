import torch
from torch import nn


class Experts(nn.Module):
    def __init__(self, k, d):
        super().__init__()
        self.experts = nn.ParameterList([nn.Parameter(torch.empty(d, d)) for _ in range(k)])
        for w in self.experts:
            nn.init.orthogonal_(w)

    def forward(self, x):
        return sum(x @ w for w in self.experts)


Experts(2, 3)(torch.randn(4, 3)).sum().backward()
