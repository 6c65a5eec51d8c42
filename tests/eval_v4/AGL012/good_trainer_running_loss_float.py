"""Trainer keeps its running loss as a Python float."""
import torch
from torch import nn


class Trainer:
    def __init__(self) -> None:
        self.model = nn.Linear(3, 1)
        self.opt = torch.optim.Adam(self.model.parameters(), lr=1e-2)
        self.running_loss = 0.0

    def step(self, x, y) -> None:
        self.opt.zero_grad()
        loss = nn.functional.mse_loss(self.model(x), y)
        loss.backward()
        self.opt.step()
        self.running_loss = self.running_loss + float(loss)


torch.manual_seed(1)
trainer = Trainer()
for _ in range(3):
    trainer.step(torch.randn(4, 3), torch.randn(4, 1))
print(trainer.running_loss)
