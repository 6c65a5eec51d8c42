import torch
from torch import nn


class DeepLinear(nn.Module):
    def __init__(self, d, depth):
        super().__init__()
        mats = [nn.Parameter(torch.empty(d, d)) for _ in range(depth)]  # expect: AGL017
        self.mats = nn.ParameterList(mats)

    def forward(self, x):
        for m in self.mats:
            x = x @ m
        return x


torch.manual_seed(0)
net = DeepLinear(3, 2)
net(torch.randn(4, 3)).sum().backward()
