"""PINN: du/dx with grad_outputs=torch.ones_like(u)."""
import torch
from torch import nn

torch.manual_seed(2)
net = nn.Sequential(nn.Linear(1, 16), nn.Tanh(), nn.Linear(16, 1))
x = torch.linspace(0, 1, 20).unsqueeze(1).requires_grad_()
u = net(x)
du_dx = torch.autograd.grad(u, x, grad_outputs=torch.ones_like(u), create_graph=True)[0]
loss = ((du_dx - torch.cos(x)) ** 2).mean()
loss.backward()
