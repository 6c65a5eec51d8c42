"""PINN collocation points rescaled in place after requires_grad was set."""
import torch
from torch import nn

torch.manual_seed(8)
net = nn.Sequential(nn.Linear(1, 8), nn.Tanh(), nn.Linear(8, 1))
t = torch.rand(20, 1, requires_grad=True)
t.mul_(2.0)  # expect: AGL008
u = net(t)
du = torch.autograd.grad(u, t, torch.ones_like(u), create_graph=True)[0]
(du + u).pow(2).mean().backward()
