import torch
from torch import nn


class RMSNorm(nn.Module):
    def __init__(self, d, eps=1e-6):
        super().__init__()
        self.eps = eps
        self.gamma = nn.Parameter(torch.empty(d))  # expect: AGL017

    def forward(self, x):
        rms = x.pow(2).mean(-1, keepdim=True).add(self.eps).rsqrt()
        return x * rms * self.gamma


torch.manual_seed(0)
block = nn.Sequential(nn.Linear(4, 4), RMSNorm(4))
block(torch.randn(3, 4)).sum().backward()
