from dataclasses import dataclass

import torch
import torch.nn as nn


@dataclass
class RunStats:
    loss: float = 0.0
    batches: int = 0


torch.manual_seed(97)
model = nn.Linear(4, 2)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
stats = RunStats()
for _ in range(3):
    opt.zero_grad()
    loss = nn.functional.cross_entropy(model(torch.randn(5, 4)), torch.randint(0, 2, (5,)))
    loss.backward()
    opt.step()
    stats.loss += loss  # expect: AGL012
    stats.batches += 1
