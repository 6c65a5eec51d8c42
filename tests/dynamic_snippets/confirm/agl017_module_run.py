"""The flagged line is in __init__(self, n): the module's own top-level code reaches it."""
import torch
from torch import nn


class Bilinear(nn.Module):
    def __init__(self, n):
        super().__init__()
        self.W = nn.Parameter(torch.Tensor(n, n))  # claim: AGL017 torch.Tensor(n, n)


layer = Bilinear(3)
(layer.W * 2).sum().backward()
