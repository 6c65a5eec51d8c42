"""Importance weights applied, then a weighted average before backward()."""
import torch
from torch import nn

torch.manual_seed(3)
model = nn.Linear(2, 1)
x, y = torch.randn(6, 2), torch.randn(6)
weights = torch.rand(6)
per_sample = (model(x).squeeze(1) - y) ** 2
loss = (per_sample * weights).sum() / weights.sum()
loss.backward()
