import torch
from torch import nn

torch.manual_seed(0)
proj = nn.Linear(4, 4)
inp = torch.randn(3, 4)
x = proj(inp)
energy = (x ** 2).sum()
x.mul_(0.5)  # expect: AGL015
loss = energy + x.sum()
loss.backward()
