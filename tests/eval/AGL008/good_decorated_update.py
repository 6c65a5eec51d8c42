import torch
from torch import nn


@torch.no_grad()
def sgd_step(model, lr):
    for p in model.parameters():
        p -= lr * p.grad
        p.grad = None


model = nn.Linear(3, 1)
model(torch.randn(4, 3)).pow(2).mean().backward()
sgd_step(model, 0.01)
