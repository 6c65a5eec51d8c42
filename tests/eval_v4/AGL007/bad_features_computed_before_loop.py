"""Features computed once with grad, then a loss on them backpropagated every epoch."""
import torch
from torch import nn

torch.manual_seed(5)
encoder = nn.Sequential(nn.Linear(5, 8), nn.Tanh())
probe = nn.Linear(8, 2)
opt = torch.optim.SGD([*encoder.parameters(), *probe.parameters()], lr=0.1)
x, y = torch.randn(10, 5), torch.randint(0, 2, (10,))
features = encoder(x)
for _ in range(3):
    opt.zero_grad()
    loss = nn.functional.cross_entropy(probe(features), y)
    loss.backward()  # expect: AGL007
    opt.step()
