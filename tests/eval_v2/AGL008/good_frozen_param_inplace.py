import torch
import torch.nn as nn

torch.manual_seed(0)

layer = nn.Linear(4, 4)
layer.weight.requires_grad_(False)
layer.weight.mul_(0.5)
layer(torch.randn(2, 4)).sum().backward()
print(layer.bias.grad)
