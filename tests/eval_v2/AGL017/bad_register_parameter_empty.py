import torch
import torch.nn as nn

torch.manual_seed(0)


class ScaleNorm(nn.Module):
    def __init__(self, dim, eps=1e-5):
        super().__init__()
        self.register_parameter("g", nn.Parameter(torch.empty(1)))  # expect: AGL017
        self.eps = eps
        self.dim = dim

    def forward(self, x):
        return self.g * x / x.norm(dim=-1, keepdim=True).clamp(min=self.eps)


norm = ScaleNorm(5)
norm(torch.randn(3, 5)).sum().backward()
