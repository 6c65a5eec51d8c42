"""PINN: du/dx taken with autograd.grad on a vector output."""
import torch
from torch import nn

torch.manual_seed(2)
net = nn.Sequential(nn.Linear(1, 16), nn.Tanh(), nn.Linear(16, 1))
x = torch.linspace(0, 1, 20).unsqueeze(1).requires_grad_()
u = net(x)
du_dx = torch.autograd.grad(u, x, create_graph=True)[0]  # expect: AGL002
loss = ((du_dx - torch.cos(x)) ** 2).mean()
loss.backward()
