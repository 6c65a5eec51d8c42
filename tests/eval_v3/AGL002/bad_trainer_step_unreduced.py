import torch
from torch import nn


class Trainer:
    def __init__(self):
        self.model = nn.Linear(5, 2)
        self.criterion = nn.MSELoss(reduction="none")
        self.opt = torch.optim.SGD(self.model.parameters(), lr=0.01)

    def step(self, x, y):
        self.opt.zero_grad()
        loss = self.criterion(self.model(x), y)
        loss.backward()  # expect: AGL002
        self.opt.step()
        return loss.mean().item()


torch.manual_seed(0)
trainer = Trainer()
print(trainer.step(torch.randn(3, 5), torch.randn(3, 2)))
