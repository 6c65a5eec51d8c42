"""Energy term squares the hidden state, which is then shifted in place."""
import torch
from torch import nn

torch.manual_seed(5)
enc = nn.Linear(4, 4)
h = enc(torch.randn(3, 4))
energy = h.pow(2).sum()
h.add_(1.0)  # expect: AGL015
loss = energy + h.mean()
loss.backward()
