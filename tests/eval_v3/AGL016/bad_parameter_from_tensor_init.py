import torch
from torch import nn


class Affine(nn.Module):
    def __init__(self, init_w):
        super().__init__()
        self.w = nn.Parameter(torch.tensor(init_w, requires_grad=True))  # expect: AGL016

    def forward(self, x):
        return x @ self.w


torch.manual_seed(0)
layer = Affine(torch.eye(3) * 0.5)
layer(torch.randn(2, 3)).sum().backward()
