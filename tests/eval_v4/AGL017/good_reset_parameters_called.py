"""reset_parameters() defined and called from __init__."""
import math

import torch
from torch import nn


class Bilinear(nn.Module):
    def __init__(self, d: int) -> None:
        super().__init__()
        self.w = nn.Parameter(torch.empty(d, d))
        self.reset_parameters()

    def reset_parameters(self) -> None:
        bound = 1 / math.sqrt(self.w.shape[0])
        nn.init.uniform_(self.w, -bound, bound)

    def forward(self, a, b):
        return ((a @ self.w) * b).sum(-1)


torch.manual_seed(2)
Bilinear(4)(torch.randn(3, 4), torch.randn(3, 4)).sum().backward()
