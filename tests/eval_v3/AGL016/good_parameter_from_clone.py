import torch
from torch import nn


class Affine(nn.Module):
    def __init__(self, init_w):
        super().__init__()
        self.w = nn.Parameter(init_w.clone())

    def forward(self, x):
        return x @ self.w


torch.manual_seed(0)
layer = Affine(torch.eye(3) * 0.5)
layer(torch.randn(2, 3)).sum().backward()
print(layer.w.grad)
