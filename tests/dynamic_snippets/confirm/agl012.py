import torch
from torch import nn


def test_total_loss_in_loop():
    model = nn.Linear(3, 1)
    total = 0.0
    for _ in range(3):
        loss = model(torch.randn(4, 3)).pow(2).mean()
        total += loss  # claim: AGL012 total += loss
    print(total)


def test_running_loss_tensor():
    w = torch.randn(2, requires_grad=True)
    running = torch.zeros(())
    for step in range(3):
        loss = (w * step).sum()
        running += loss  # claim: AGL012 running += loss


class Tracker:
    def __init__(self):
        self.total = 0.0

    def test_attribute_total(self):
        w = torch.randn(2, requires_grad=True)
        for _ in range(2):
            self.total += (w ** 2).sum()  # claim: AGL012 self.total += (w ** 2).sum()
