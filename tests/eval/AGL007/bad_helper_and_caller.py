import torch
from torch import nn


def compute_loss(model, x, y):
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    return loss


model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
loss = compute_loss(model, torch.randn(5, 3), torch.randn(5, 1))
loss.backward()  # expect: AGL007
