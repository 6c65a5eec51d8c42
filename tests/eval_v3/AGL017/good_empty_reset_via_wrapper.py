import torch
from torch import nn


class Bilinear(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.W = nn.Parameter(torch.empty(d, d))
        self._reset()

    def _reset(self):
        nn.init.xavier_normal_(self.W)

    def forward(self, a, b):
        return ((a @ self.W) * b).sum(-1)


torch.manual_seed(0)
Bilinear(4)(torch.randn(3, 4), torch.randn(3, 4)).sum().backward()
