import torch
from torch import nn


class Trainer:
    def __init__(self, model):
        self.model = model
        self.opt = torch.optim.SGD(model.parameters(), lr=0.1)

    @torch.no_grad()
    def evaluate(self, x, y):
        return nn.functional.l1_loss(self.model(x), y).item()

    def step(self, x, y):
        self.opt.zero_grad()
        loss = nn.functional.l1_loss(self.model(x), y)
        loss.backward()
        self.opt.step()
        return loss.item()


torch.manual_seed(0)
t = Trainer(nn.Linear(3, 1))
x, y = torch.randn(4, 3), torch.randn(4, 1)
print(t.step(x, y), t.evaluate(x, y))
