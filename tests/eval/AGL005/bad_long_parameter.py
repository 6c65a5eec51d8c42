import torch
from torch import nn


class Counter(nn.Module):
    def __init__(self):
        super().__init__()
        self.offset = nn.Parameter(torch.zeros(3, dtype=torch.long))  # expect: AGL005

    def forward(self, x):
        return x + self.offset


print(Counter()(torch.ones(3)))
