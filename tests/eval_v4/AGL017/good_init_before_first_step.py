"""Initialisation placed right after allocation, before any use."""
import torch
from torch import nn

torch.manual_seed(11)
proj = nn.Parameter(torch.empty(4, 2))
nn.init.xavier_uniform_(proj)
opt = torch.optim.SGD([proj], lr=0.1)
x = torch.randn(6, 4)
opt.zero_grad()
(x @ proj).pow(2).mean().backward()
opt.step()
