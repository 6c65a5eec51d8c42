"""Jacobian built row by row with one-hot grad_outputs."""
import torch

torch.manual_seed(15)
x = torch.randn(3, requires_grad=True)
y = torch.stack([x[0] * x[1], x[1].sin(), x[2] ** 2])
rows = [torch.autograd.grad(y, x, torch.eye(3)[i], retain_graph=True)[0] for i in range(3)]
print(torch.stack(rows))
