import torch
from torch import nn


class Affine(nn.Module):
    def __init__(self, n):
        super().__init__()
        self.shift = nn.Parameter(torch.zeros(n), require_grad=False)  # expect: AGL014

    def forward(self, x):
        return x + self.shift


print(Affine(3)(torch.ones(3)))
