"""Training runs in float32; the gradcheck uses a float64 copy of the batch."""
import torch
from torch import nn


class RMSNorm(nn.Module):
    def __init__(self, dim: int) -> None:
        super().__init__()
        self.weight = nn.Parameter(torch.ones(dim))

    def forward(self, x):
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + 1e-6) * self.weight


torch.manual_seed(8)
norm = RMSNorm(4)
batch = torch.randn(2, 4)
norm(batch).sum().backward()
x64 = batch.detach().double().requires_grad_()
assert torch.autograd.gradcheck(norm.double(), (x64,))
