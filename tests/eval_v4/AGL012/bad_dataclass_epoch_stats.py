"""Epoch statistics in a dataclass whose add() keeps the loss tensor."""
from dataclasses import dataclass

import torch
from torch import nn


@dataclass
class EpochStats:
    total: object = 0.0
    batches: int = 0

    def add(self, loss) -> None:
        self.total += loss  # expect: AGL012
        self.batches += 1


torch.manual_seed(3)
model = nn.Linear(2, 2)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
stats = EpochStats()
for _ in range(3):
    opt.zero_grad()
    loss = model(torch.randn(4, 2)).pow(2).mean()
    loss.backward()
    opt.step()
    stats.add(loss)
print(stats.total / stats.batches)
