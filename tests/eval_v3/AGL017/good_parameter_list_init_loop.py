import torch
from torch import nn


class DeepLinear(nn.Module):
    def __init__(self, d, depth):
        super().__init__()
        self.mats = nn.ParameterList([nn.Parameter(torch.empty(d, d)) for _ in range(depth)])
        for m in self.mats:
            nn.init.orthogonal_(m)

    def forward(self, x):
        for m in self.mats:
            x = x @ m
        return x


torch.manual_seed(0)
DeepLinear(3, 2)(torch.randn(4, 3)).sum().backward()
