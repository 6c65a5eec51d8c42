"""Trainer: inference_mode wraps only evaluate(), not fit()."""
import torch
from torch import nn


class Trainer:
    def __init__(self) -> None:
        self.model = nn.Linear(3, 2)
        self.opt = torch.optim.SGD(self.model.parameters(), lr=0.1)

    def step(self, x, y) -> None:
        self.opt.zero_grad()
        loss = nn.functional.cross_entropy(self.model(x), y)
        loss.backward()
        self.opt.step()

    @torch.inference_mode()
    def evaluate(self, x, y) -> float:
        return (self.model(x).argmax(1) == y).float().mean().item()


torch.manual_seed(13)
trainer = Trainer()
x, y = torch.randn(4, 3), torch.randint(0, 2, (4,))
trainer.step(x, y)
print(trainer.evaluate(x, y))
