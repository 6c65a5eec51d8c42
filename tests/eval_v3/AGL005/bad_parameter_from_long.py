import torch
from torch import nn


class Counter(nn.Module):
    def __init__(self, n):
        super().__init__()
        self.offsets = nn.Parameter(torch.zeros(n, dtype=torch.long))  # expect: AGL005

    def forward(self, x):
        return x + self.offsets


print(Counter(3)(torch.ones(3)))
