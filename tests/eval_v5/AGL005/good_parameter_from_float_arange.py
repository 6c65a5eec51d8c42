import torch
import torch.nn as nn


class BucketOffsets(nn.Module):
    def __init__(self, n):
        super().__init__()
        self.offsets = nn.Parameter(torch.arange(n).float())

    def forward(self, x):
        return x + self.offsets


torch.manual_seed(5)
BucketOffsets(4)(torch.randn(2, 4)).sum().backward()
