"""PINN sensitivity read from leaf collocation points (scaled before requires_grad_)."""
import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(2, 16), nn.Tanh(), nn.Linear(16, 1))
coords = (torch.rand(32, 2) * 2.0 - 1.0).requires_grad_()
u = net(coords)
(du,) = torch.autograd.grad(u.sum(), coords, create_graph=True)
residual = (du[:, 0] + u.squeeze(1) * du[:, 1]).pow(2).mean()
residual.backward()
print(coords.grad.abs().max())
