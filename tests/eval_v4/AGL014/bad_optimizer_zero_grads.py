"""Trainer.step() calls optimizer.zero_grads()."""
import torch
from torch import nn


class Trainer:
    def __init__(self) -> None:
        self.model = nn.Linear(4, 2)
        self.optimizer = torch.optim.Adam(self.model.parameters(), lr=1e-3)

    def step(self, x, y) -> float:
        self.optimizer.zero_grads()  # expect: AGL014
        loss = nn.functional.cross_entropy(self.model(x), y)
        loss.backward()
        self.optimizer.step()
        return loss.item()


torch.manual_seed(5)
Trainer().step(torch.randn(3, 4), torch.tensor([0, 1, 1]))
