"""Gradients w.r.t. two inputs requested in one autograd.grad call."""
import torch

torch.manual_seed(3)
x = torch.randn(4, requires_grad=True)
w = torch.randn(4, requires_grad=True)
energy = (torch.tanh(x * w) ** 2).sum()
dx, dw = torch.autograd.grad(energy, (x, w))
print(dx, dw)
