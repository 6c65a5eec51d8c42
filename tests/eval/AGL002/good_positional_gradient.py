import torch
from torch import nn

layer = nn.Linear(3, 2)
out = layer(torch.randn(4, 3))
out.backward(torch.ones_like(out))
print(layer.weight.grad)
