"""A command-line style namespace with an option named retain_graphs."""
from types import SimpleNamespace

import torch
from torch import nn

torch.manual_seed(4)
args = SimpleNamespace(retain_graphs=False, lr=0.1)
args.retain_graphs = True
trunk, a_head, b_head = nn.Linear(4, 4), nn.Linear(4, 1), nn.Linear(4, 1)
h = torch.tanh(trunk(torch.randn(3, 4)))
a_head(h).pow(2).mean().backward(retain_graph=args.retain_graphs)
b_head(h).abs().mean().backward()
