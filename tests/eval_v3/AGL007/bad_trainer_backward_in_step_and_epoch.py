import torch
from torch import nn


class Trainer:
    def __init__(self, model):
        self.model = model
        self.opt = torch.optim.SGD(model.parameters(), lr=0.05)

    def step(self, x, y):
        loss = nn.functional.mse_loss(self.model(x), y)
        loss.backward()
        return loss

    def train_epoch(self, batches):
        for x, y in batches:
            self.opt.zero_grad()
            loss = self.step(x, y)
            if loss.item() > 0:
                loss.backward()  # expect: AGL007
            self.opt.step()


torch.manual_seed(0)
trainer = Trainer(nn.Sequential(nn.Linear(3, 8), nn.Sigmoid(), nn.Linear(8, 1)))
trainer.train_epoch([(torch.randn(4, 3), torch.randn(4, 1)) for _ in range(2)])
