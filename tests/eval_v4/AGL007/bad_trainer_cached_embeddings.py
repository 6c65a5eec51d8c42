"""Trainer caches projected prototypes in __init__ and backpropagates through them each step."""
import torch
from torch import nn


class ProtoTrainer:
    def __init__(self) -> None:
        self.proj = nn.Linear(4, 4)
        self.prototypes = self.proj(torch.randn(3, 4))
        self.opt = torch.optim.SGD(self.proj.parameters(), lr=0.1)

    def step(self, x, y) -> float:
        self.opt.zero_grad()
        logits = -torch.cdist(self.proj(x), self.prototypes)
        loss = nn.functional.cross_entropy(logits, y)
        loss.backward()  # expect: AGL007
        self.opt.step()
        return loss.item()


torch.manual_seed(7)
trainer = ProtoTrainer()
for _ in range(2):
    trainer.step(torch.randn(5, 4), torch.randint(0, 3, (5,)))
