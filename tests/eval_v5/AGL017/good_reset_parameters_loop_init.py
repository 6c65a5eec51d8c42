import torch
import torch.nn as nn

torch.manual_seed(8)
weights = nn.ParameterList([nn.Parameter(torch.empty(4, 4)) for _ in range(3)])
for w in weights:
    nn.init.orthogonal_(w)
h = torch.randn(2, 4)
for w in weights:
    h = torch.relu(h @ w)
h.sum().backward()
