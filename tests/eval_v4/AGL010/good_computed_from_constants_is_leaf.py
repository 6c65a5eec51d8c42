"""A tensor computed only from constants is a leaf, so its flag can be set."""
import torch
from torch import nn

torch.manual_seed(2)
net = nn.Sequential(nn.Linear(1, 8), nn.Tanh(), nn.Linear(8, 1))
t = torch.linspace(0, 1, 10).unsqueeze(1) * 2.0
t.requires_grad = True
u = net(t)
du = torch.autograd.grad(u, t, torch.ones_like(u))[0]
print(du.shape)
