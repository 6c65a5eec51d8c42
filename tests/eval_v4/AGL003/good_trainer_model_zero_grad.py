"""Trainer.step() resets through model.zero_grad()."""
import torch
from torch import nn


class Trainer:
    def __init__(self, model: nn.Module, lr: float = 1e-2) -> None:
        self.model = model
        self.optimizer = torch.optim.AdamW(model.parameters(), lr=lr)

    def step(self, x, y) -> float:
        self.model.zero_grad()
        loss = nn.functional.mse_loss(self.model(x), y)
        loss.backward()
        self.optimizer.step()
        return loss.item()

    def fit(self, batches) -> list[float]:
        return [self.step(x, y) for x, y in batches]


torch.manual_seed(4)
trainer = Trainer(nn.Linear(3, 2))
print(trainer.fit([(torch.randn(4, 3), torch.randn(4, 2)) for _ in range(3)]))
