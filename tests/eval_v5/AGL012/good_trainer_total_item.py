import torch
import torch.nn as nn


class Trainer:
    def __init__(self):
        self.model = nn.Linear(3, 2)
        self.opt = torch.optim.SGD(self.model.parameters(), lr=0.1)
        self.total_loss = 0.0

    def train_batch(self, x, y):
        self.opt.zero_grad()
        loss = nn.functional.cross_entropy(self.model(x), y)
        loss.backward()
        self.opt.step()
        self.total_loss += loss.item()


torch.manual_seed(2)
trainer = Trainer()
for _ in range(3):
    trainer.train_batch(torch.randn(4, 3), torch.randint(0, 2, (4,)))
