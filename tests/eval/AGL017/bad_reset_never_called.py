import math

import torch
from torch import nn


class Bilinear(nn.Module):
    def __init__(self, n):
        super().__init__()
        self.W = nn.Parameter(torch.empty(n, n))  # expect: AGL017

    def reset_parameters(self):
        nn.init.uniform_(self.W, -1 / math.sqrt(self.W.size(0)), 1 / math.sqrt(self.W.size(0)))

    def forward(self, a, b):
        return (a @ self.W * b).sum(-1)


m = Bilinear(3)
m(torch.randn(2, 3), torch.randn(2, 3)).mean().backward()
