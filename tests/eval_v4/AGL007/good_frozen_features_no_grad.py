"""Linear probe on frozen features computed once under no_grad."""
import torch
from torch import nn

torch.manual_seed(5)
encoder = nn.Sequential(nn.Linear(5, 8), nn.Tanh())
probe = nn.Linear(8, 2)
opt = torch.optim.SGD(probe.parameters(), lr=0.1)
x, y = torch.randn(10, 5), torch.randint(0, 2, (10,))
with torch.no_grad():
    features = encoder(x)
for _ in range(3):
    opt.zero_grad()
    loss = nn.functional.cross_entropy(probe(features), y)
    loss.backward()
    opt.step()
