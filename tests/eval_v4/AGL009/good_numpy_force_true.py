"""Learned filters exported with .numpy(force=True)."""
import torch
from torch import nn

torch.manual_seed(2)
conv = nn.Conv2d(1, 4, 3)
filters = conv.weight.numpy(force=True)
print(filters.shape)
