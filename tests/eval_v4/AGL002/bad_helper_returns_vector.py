"""fit() calls a loss helper that returns one loss per sample."""
import torch
from torch import nn


def huber_per_sample(pred, target):
    return nn.functional.smooth_l1_loss(pred, target, reduction="none").mean(dim=1)


def fit(model, x, y, steps=2):
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(steps):
        opt.zero_grad()
        loss = huber_per_sample(model(x), y)
        loss.backward()  # expect: AGL002
        opt.step()


torch.manual_seed(12)
fit(nn.Linear(3, 2), torch.randn(6, 3), torch.randn(6, 2))
