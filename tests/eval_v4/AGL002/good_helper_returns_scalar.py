"""fit() calls a loss helper that already reduces to a scalar."""
import torch
from torch import nn


def huber(pred, target):
    return nn.functional.smooth_l1_loss(pred, target, reduction="none").mean(dim=1).mean()


def fit(model, x, y, steps=2):
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(steps):
        opt.zero_grad()
        loss = huber(model(x), y)
        loss.backward()
        opt.step()


torch.manual_seed(12)
fit(nn.Linear(3, 2), torch.randn(6, 3), torch.randn(6, 2))
