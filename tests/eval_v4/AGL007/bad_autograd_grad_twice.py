"""Gradients w.r.t. two inputs requested in two separate autograd.grad calls."""
import torch

torch.manual_seed(3)
x = torch.randn(4, requires_grad=True)
w = torch.randn(4, requires_grad=True)
energy = (torch.tanh(x * w) ** 2).sum()
(dx,) = torch.autograd.grad(energy, x)
(dw,) = torch.autograd.grad(energy, w)  # expect: AGL007
print(dx, dw)
