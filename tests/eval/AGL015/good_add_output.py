import torch
from torch import nn

fc = nn.Linear(6, 6)
h = fc(torch.randn(3, 6)) + 1
h *= 2
h.add_(0.5)
h.pow(2).mean().backward()
