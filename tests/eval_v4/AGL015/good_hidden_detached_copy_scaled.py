"""A detached copy of a saved hidden state is edited in place for a diagnostic."""
import torch
from torch import nn

torch.manual_seed(5)
enc = nn.Linear(4, 4)
h = enc(torch.randn(3, 4))
energy = h.pow(2).sum()
shifted = h.detach().clone()
shifted.add_(1.0)
energy.backward()
print(shifted.mean())
