import torch
from torch import nn


class Trainer:
    def __init__(self, model):
        self.model = model
        self.log_scale = torch.empty(1, requires_grad=True)  # expect: AGL017

    def loss(self, x, y):
        pred = self.model(x) * self.log_scale.exp()
        return nn.functional.mse_loss(pred, y)


torch.manual_seed(0)
trainer = Trainer(nn.Linear(3, 1))
trainer.loss(torch.randn(4, 3), torch.randn(4, 1)).backward()
