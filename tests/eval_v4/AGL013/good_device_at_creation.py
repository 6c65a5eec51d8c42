"""Latent created directly on its device with requires_grad=True."""
import torch
from torch import nn

torch.manual_seed(4)
device = torch.device("cpu")
G = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 6)).to(device)
z = torch.randn(1, 4, device=device, requires_grad=True)
opt = torch.optim.Adam([z], lr=0.05)
opt.zero_grad()
((G(z) - torch.randn(1, 6)) ** 2).mean().backward()
opt.step()
