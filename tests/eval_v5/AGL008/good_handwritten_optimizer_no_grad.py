import torch
import torch.nn as nn


class SignSGD:
    def __init__(self, params, lr):
        self.params = list(params)
        self.lr = lr

    @torch.no_grad()
    def step(self):
        for p in self.params:
            p.sub_(self.lr * p.grad.sign())


torch.manual_seed(6)
model = nn.Linear(4, 1)
opt = SignSGD(model.parameters(), lr=0.01)
model(torch.randn(5, 4)).pow(2).mean().backward()
opt.step()
