"""A LayerNorm-like module checked end to end in its default dtype."""
import torch
from torch import nn


class RMSNorm(nn.Module):
    def __init__(self, dim: int) -> None:
        super().__init__()
        self.weight = nn.Parameter(torch.ones(dim))

    def forward(self, x):
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + 1e-6) * self.weight


torch.manual_seed(11)
norm = RMSNorm(4)
x = torch.randn(2, 4, requires_grad=True)
if not torch.autograd.gradcheck(norm, (x,), raise_exception=False):  # expect: AGL004
    print("RMSNorm gradient mismatch")
