"""Deliberate gradient accumulation: step and reset every two micro-batches."""
import torch
from torch import nn

torch.manual_seed(12)
model = nn.Linear(4, 2)
opt = torch.optim.SGD(model.parameters(), lr=0.05)
accum = 2
opt.zero_grad()
for i in range(6):
    x, y = torch.randn(3, 4), torch.randint(0, 2, (3,))
    loss = nn.functional.cross_entropy(model(x), y) / accum
    loss.backward()
    if (i + 1) % accum == 0:
        opt.step()
        opt.zero_grad()
