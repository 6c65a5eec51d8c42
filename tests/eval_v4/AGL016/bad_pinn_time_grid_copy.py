"""PINN time grid made differentiable by copy-constructing it."""
import torch
from torch import nn

torch.manual_seed(11)
net = nn.Sequential(nn.Linear(1, 8), nn.Tanh(), nn.Linear(8, 1))
t_grid = torch.linspace(0, 2, 15).unsqueeze(1)
t = torch.tensor(t_grid, requires_grad=True)  # expect: AGL016
u = net(t)
du = torch.autograd.grad(u, t, torch.ones_like(u), create_graph=True)[0]
((du + u) ** 2).mean().backward()
