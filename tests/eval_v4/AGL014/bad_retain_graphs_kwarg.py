"""Keeping the graph for a later inspection; retain_graphs= is misspelled."""
import torch
from torch import nn

torch.manual_seed(4)
trunk = nn.Linear(4, 4)
head = nn.Linear(4, 1)
h = torch.tanh(trunk(torch.randn(3, 4)))
loss = head(h).pow(2).mean()
loss.backward(retain_graphs=True)  # expect: AGL014
print(trunk.weight.grad.norm())
