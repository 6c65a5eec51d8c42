import torch
from torch import nn

gate = nn.Sequential(nn.Linear(4, 4), nn.Sigmoid())
with torch.no_grad():
    g = gate(torch.randn(2, 4))
    g.clamp_(0.1, 0.9)
    g *= 2
print(g)
