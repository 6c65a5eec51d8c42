import torch
import torch.nn as nn


class BucketOffsets(nn.Module):
    def __init__(self, n):
        super().__init__()
        self.offsets = nn.Parameter(torch.arange(n))  # expect: AGL005

    def forward(self, x):
        return x + self.offsets


torch.manual_seed(5)
BucketOffsets(4)(torch.randn(2, 4))
