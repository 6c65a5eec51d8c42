import torch
import torch.nn as nn


class Meter:
    def __init__(self):
        self.sum = 0.0
        self.count = 0


def record(meter, value, n):
    meter.sum += value * n
    meter.count += n


torch.manual_seed(5)
model = nn.Linear(5, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
meter = Meter()
for _ in range(3):
    x, y = torch.randn(7, 5), torch.randn(7, 1)
    opt.zero_grad()
    loss = nn.functional.l1_loss(model(x), y)
    loss.backward()
    opt.step()
    record(meter, loss.item(), len(x))
