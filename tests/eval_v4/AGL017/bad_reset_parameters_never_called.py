"""reset_parameters() is defined but __init__ never calls it."""
import math

import torch
from torch import nn


class Bilinear(nn.Module):
    def __init__(self, d: int) -> None:
        super().__init__()
        self.w = nn.Parameter(torch.empty(d, d))  # expect: AGL017

    def reset_parameters(self) -> None:
        nn.init.uniform_(self.w, -1 / math.sqrt(self.w.shape[0]), 1 / math.sqrt(self.w.shape[0]))

    def forward(self, a, b):
        return ((a @ self.w) * b).sum(-1)


torch.manual_seed(2)
score = Bilinear(4)
score(torch.randn(3, 4), torch.randn(3, 4)).sum().backward()
