import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(8, 8)
with torch.no_grad():
    threshold = layer.weight.abs().median()
    layer.weight.mul_((layer.weight.abs() >= threshold).float())
layer(torch.randn(2, 8)).relu().sum().backward()
print((layer.weight == 0).sum().item())
