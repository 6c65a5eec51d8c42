import torch
from torch import nn


class Trainer:
    def __init__(self, model):
        self.model = model
        self.opt = torch.optim.SGD(model.parameters(), lr=0.1)
        self.total_loss = 0.0

    def train_epoch(self, batches):
        for x, y in batches:
            self.opt.zero_grad()
            loss = nn.functional.l1_loss(self.model(x), y)
            loss.backward()
            self.opt.step()
            self.total_loss += loss  # expect: AGL012
        return self.total_loss / len(batches)


torch.manual_seed(0)
trainer = Trainer(nn.Linear(3, 1))
print(trainer.train_epoch([(torch.randn(4, 3), torch.randn(4, 1)) for _ in range(3)]))
