"""PINN curve for plotting evaluated on a fresh grid under no_grad."""
import torch
from torch import nn

torch.manual_seed(6)
net = nn.Sequential(nn.Linear(1, 8), nn.Tanh(), nn.Linear(8, 1))
t = torch.linspace(0, 1, 11).unsqueeze(1).requires_grad_()
u = net(t)
du = torch.autograd.grad(u, t, torch.ones_like(u), create_graph=True)[0]
(du + u).pow(2).mean().backward()
with torch.no_grad():
    curve = net(torch.linspace(0, 1, 50).unsqueeze(1)).squeeze(1).numpy()
print(curve.shape)
