import torch
from torch import nn


def train_step(model, batch, lr=0.01):
    model.zero_grads()  # expect: AGL014
    loss = model(batch).pow(2).mean()
    loss.backward()
    with torch.no_grad():
        for p in model.parameters():
            p -= lr * p.grad
    return loss.item()


torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 1))
print(train_step(model, torch.randn(3, 4)))
