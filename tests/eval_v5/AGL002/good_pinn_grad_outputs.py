import torch
import torch.nn as nn

torch.manual_seed(1)
net = nn.Sequential(nn.Linear(1, 16), nn.Tanh(), nn.Linear(16, 1))
t = torch.linspace(0, 1, 32).unsqueeze(1).requires_grad_()

u = net(t)
du = torch.autograd.grad(u, t, grad_outputs=torch.ones_like(u), create_graph=True)[0]
residual = du + u
(residual ** 2).mean().backward()
