"""Saliency on hidden units with h.retain_grads()."""
import torch
from torch import nn

torch.manual_seed(7)
l1, l2 = nn.Linear(4, 6), nn.Linear(6, 1)
h = torch.relu(l1(torch.randn(2, 4)))
h.retain_grads()  # expect: AGL014
l2(h).sum().backward()
