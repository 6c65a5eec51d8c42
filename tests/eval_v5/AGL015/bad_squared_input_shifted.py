import torch
import torch.nn as nn

torch.manual_seed(10)
layer = nn.Linear(3, 3)
h = layer(torch.randn(4, 3))
energy = (h ** 2).sum()
h += 1  # expect: AGL015
energy.backward()
