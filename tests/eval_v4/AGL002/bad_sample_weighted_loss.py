"""Importance-weighted regression that forgot to reduce the weighted losses."""
import torch
from torch import nn

torch.manual_seed(3)
model = nn.Linear(2, 1)
x, y = torch.randn(6, 2), torch.randn(6)
weights = torch.softmax(torch.randn(6), dim=0)
per_sample = (model(x).squeeze(1) - y) ** 2
weighted = per_sample * weights
weighted.backward()  # expect: AGL002
