import torch
import torch.nn as nn

torch.manual_seed(0)


class SimpleNorm(nn.Module):
    def __init__(self, d, eps=1e-5):
        super().__init__()
        self.gain = nn.Parameter(torch.ones(d))
        self.eps = eps

    def forward(self, x):
        std = x.var(-1, keepdim=True).sqrt()
        std.add_(self.eps)  # expect: AGL015
        return self.gain * x / std


norm = SimpleNorm(5)
x = torch.randn(3, 5, requires_grad=True)
norm(x).pow(2).sum().backward()
