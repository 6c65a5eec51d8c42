import torch
from torch import nn


class ManualTrainer:
    def __init__(self, model, lr):
        self.model = model
        self.lr = lr

    def step(self, x, y):
        self.model.zero_grad()
        loss = nn.functional.mse_loss(self.model(x), y)
        loss.backward()
        for p in self.model.parameters():
            p.sub_(self.lr * p.grad)  # expect: AGL008
        return loss.item()


torch.manual_seed(0)
trainer = ManualTrainer(nn.Linear(3, 1), 0.05)
print(trainer.step(torch.randn(4, 3), torch.randn(4, 1)))
