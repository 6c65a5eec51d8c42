import torch
import torch.nn as nn

torch.manual_seed(76)
layer = nn.Linear(5, 5)
scale = layer.weight.detach().abs().max() / 7
layer.weight.data = torch.round(layer.weight.detach() / scale) * scale  # expect: AGL006
layer(torch.randn(2, 5)).sum().backward()
