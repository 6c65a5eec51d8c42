import torch
import torch.nn as nn

torch.manual_seed(3)
layer = nn.Linear(6, 6)
with torch.no_grad():
    mask = (layer.weight.abs() >= layer.weight.abs().median()).float()
    layer.weight.mul_(mask)
layer(torch.randn(2, 6)).sum().backward()
