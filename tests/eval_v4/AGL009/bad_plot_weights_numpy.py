"""Learned filters exported for plotting straight from the parameter."""
import torch
from torch import nn

torch.manual_seed(2)
conv = nn.Conv2d(1, 4, 3)
filters = conv.weight.numpy()  # expect: AGL009
print(filters.shape)
