import torch
from torch import nn

fc = nn.Linear(6, 6)
z = fc(torch.randn(3, 6))
h = torch.tanh(z)
mask = (torch.rand_like(h) > 0.5).float()
h.mul_(mask)  # expect: AGL015
h.pow(2).mean().backward()
