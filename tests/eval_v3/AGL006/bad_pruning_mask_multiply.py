import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(8, 8)
threshold = layer.weight.detach().abs().median()
mask = (layer.weight.detach().abs() >= threshold).float()
layer.weight.data *= mask  # expect: AGL006
out = layer(torch.randn(2, 8)).relu().sum()
out.backward()
print((layer.weight == 0).sum().item())
