"""Tests that switch the default dtype to float64 before building inputs."""
import torch

torch.set_default_dtype(torch.float64)
torch.manual_seed(6)
x = torch.randn(3, 2, requires_grad=True)
centers = torch.randn(4, 2, requires_grad=True)
assert torch.autograd.gradcheck(lambda a, c: torch.exp(-torch.cdist(a, c) ** 2), (x, centers))
torch.set_default_dtype(torch.float32)
