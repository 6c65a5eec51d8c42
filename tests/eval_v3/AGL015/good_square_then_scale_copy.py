import torch
from torch import nn

torch.manual_seed(0)
proj = nn.Linear(4, 4)
x = proj(torch.randn(3, 4))
energy = (x ** 2).sum()
x = x * 0.5
(energy + x.sum()).backward()
print(proj.weight.grad.shape)
