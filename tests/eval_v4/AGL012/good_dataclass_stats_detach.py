"""Epoch statistics dataclass that stores a detached loss."""
from dataclasses import dataclass

import torch
from torch import nn


@dataclass
class EpochStats:
    total: float = 0.0
    batches: int = 0

    def add(self, loss: torch.Tensor) -> None:
        self.total += loss.detach().item()
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
