"""Gradient accumulation; the logged loss sums the scaled micro-batch losses."""
import torch
from torch import nn

torch.manual_seed(7)
model = nn.Linear(5, 2)
opt = torch.optim.SGD(model.parameters(), lr=0.05)
accum = 2
logged = 0.0
opt.zero_grad()
for i in range(4):
    x, y = torch.randn(3, 5), torch.randint(0, 2, (3,))
    loss = nn.functional.cross_entropy(model(x), y) / accum
    loss.backward()
    logged += loss  # expect: AGL012
    if (i + 1) % accum == 0:
        opt.step()
        opt.zero_grad()
print(logged)
