"""PINN time grid made differentiable with requires_grad_()."""
import torch
from torch import nn

torch.manual_seed(11)
net = nn.Sequential(nn.Linear(1, 8), nn.Tanh(), nn.Linear(8, 1))
t = torch.linspace(0, 2, 15).unsqueeze(1).requires_grad_()
u = net(t)
du = torch.autograd.grad(u, t, torch.ones_like(u), create_graph=True)[0]
((du + u) ** 2).mean().backward()
