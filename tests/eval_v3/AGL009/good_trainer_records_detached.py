import torch
from torch import nn


class Trainer:
    def __init__(self, model):
        self.model = model
        self.opt = torch.optim.SGD(model.parameters(), lr=0.1)
        self.outputs = []

    def step(self, x, y):
        self.opt.zero_grad()
        out = self.model(x)
        loss = nn.functional.mse_loss(out, y)
        loss.backward()
        self.opt.step()
        self.outputs.append(out.detach().numpy())
        return loss.item()


torch.manual_seed(0)
Trainer(nn.Linear(2, 1)).step(torch.randn(4, 2), torch.randn(4, 1))
