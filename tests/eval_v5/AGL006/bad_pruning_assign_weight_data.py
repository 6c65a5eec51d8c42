import torch
import torch.nn as nn

torch.manual_seed(3)
layer = nn.Linear(6, 6)
threshold = layer.weight.detach().abs().median()
pruned = torch.where(layer.weight.detach().abs() < threshold, 0.0, layer.weight.detach())
layer.weight.data = pruned  # expect: AGL006
layer(torch.randn(2, 6)).sum().backward()
