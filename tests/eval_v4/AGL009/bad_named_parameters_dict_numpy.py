"""Checkpoint written as a dict of numpy arrays from named_parameters()."""
import torch
from torch import nn

torch.manual_seed(8)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
arrays = {name: p.numpy() for name, p in model.named_parameters()}  # expect: AGL009
print(sorted(arrays))
