import torch
from torch import nn


class Trainer:
    def __init__(self, model):
        self.model = model
        self.opt = torch.optim.SGD(model.parameters(), lr=0.05)
        self.total = 0.0

    def step(self, x, y):
        self.opt.zero_grad()
        loss = nn.functional.mse_loss(self.model(x), y)
        loss.backward()
        self.opt.step()
        self.total += loss  # expect: AGL012


trainer = Trainer(nn.Linear(3, 1))
for _ in range(3):
    trainer.step(torch.randn(4, 3), torch.randn(4, 1))
print(trainer.total)
