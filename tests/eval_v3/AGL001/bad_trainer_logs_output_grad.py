import torch
from torch import nn


class Trainer:
    def __init__(self, model, lr=0.1):
        self.model = model
        self.opt = torch.optim.SGD(model.parameters(), lr=lr)
        self.last_out = None
        self.history = []

    def step(self, x, y):
        self.opt.zero_grad()
        self.last_out = self.model(x)
        loss = nn.functional.mse_loss(self.last_out, y)
        loss.backward()
        self.opt.step()
        return loss.item()

    def log_output_grad(self):
        g = self.last_out.grad  # expect: AGL001
        self.history.append(None if g is None else g.norm().item())


torch.manual_seed(0)
trainer = Trainer(nn.Linear(3, 1))
trainer.step(torch.randn(6, 3), torch.randn(6, 1))
trainer.log_output_grad()
print(trainer.history)
