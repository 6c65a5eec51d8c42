import torch
from torch import nn

layer = nn.Linear(4, 4)
h = layer(torch.randn(2, 4))
h += 1
h.mul_(0.5)
h.sum().backward()
print(layer.weight.grad.shape)
