"""Two losses on a shared graph; retain_graphs= is misspelled."""
import torch
from torch import nn

torch.manual_seed(4)
trunk = nn.Linear(4, 4)
a_head, b_head = nn.Linear(4, 1), nn.Linear(4, 1)
h = torch.tanh(trunk(torch.randn(3, 4)))
loss_a = a_head(h).pow(2).mean()
loss_b = b_head(h).abs().mean()
loss_a.backward(retain_graphs=True)  # expect: AGL014
loss_b.backward()
