import torch
import torch.nn as nn


class Trainer:
    def __init__(self, model):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=1e-3)
        self.total = 0.0
        self.steps = 0

    def step(self, x, y):
        self.opt.zero_grad()
        loss = nn.functional.l1_loss(self.model(x), y)
        loss.backward()
        self.opt.step()
        self.total += loss  # expect: AGL012
        self.steps += 1

    def mean_loss(self):
        return self.total / max(self.steps, 1)


torch.manual_seed(0)
t = Trainer(nn.Linear(2, 2))
for _ in range(3):
    t.step(torch.randn(4, 2), torch.randn(4, 2))
print(t.mean_loss())
