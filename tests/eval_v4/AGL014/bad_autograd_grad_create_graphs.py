"""Gradient penalty with create_graphs= (typo) in autograd.grad."""
import torch
from torch import nn

torch.manual_seed(8)
critic = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 1))
interp = torch.rand(4, 2, requires_grad=True)
out = critic(interp)
(g,) = torch.autograd.grad(out.sum(), interp, create_graphs=True)  # expect: AGL014
penalty = ((g.norm(dim=1) - 1) ** 2).mean()
