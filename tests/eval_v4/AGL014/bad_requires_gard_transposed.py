"""Unfreezing the head with a transposed letter: requires_gard."""
import torch
from torch import nn

torch.manual_seed(11)
model = nn.Sequential(nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 2))
model.requires_grad_(False)
model[2].weight.requires_gard = True  # expect: AGL014
print([p.requires_grad for p in model.parameters()])
