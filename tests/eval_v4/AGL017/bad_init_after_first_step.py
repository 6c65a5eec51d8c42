"""Initialisation placed after the first training step."""
import torch
from torch import nn

torch.manual_seed(11)
proj = nn.Parameter(torch.empty(4, 2))  # expect: AGL017
opt = torch.optim.SGD([proj], lr=0.1)
x = torch.randn(6, 4)
opt.zero_grad()
(x @ proj).pow(2).mean().backward()
opt.step()
nn.init.xavier_uniform_(proj)
