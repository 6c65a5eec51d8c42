import torch
from torch import nn

torch.manual_seed(0)
encoder = nn.Linear(3, 3)
h = encoder(torch.randn(2, 3))
h.requires_grad_(True)
h.retain_grad()
h.pow(2).sum().backward()
print(h.grad)
