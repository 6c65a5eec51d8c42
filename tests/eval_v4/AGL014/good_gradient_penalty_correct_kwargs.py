"""Gradient penalty with create_graph=True and grad_outputs= spelled right."""
import torch
from torch import nn

torch.manual_seed(8)
critic = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 1))
interp = torch.rand(4, 2, requires_grad=True)
out = critic(interp)
(g,) = torch.autograd.grad(out, interp, grad_outputs=torch.ones_like(out), create_graph=True)
penalty = ((g.norm(dim=1) - 1) ** 2).mean()
penalty.backward()
