"""A training closure that keeps a nonlocal running total."""
import torch
from torch import nn


def make_trainer(model, opt):
    total = 0.0

    def train_batch(x, y):
        nonlocal total
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        opt.step()
        total = total + loss  # expect: AGL012
        return total

    return train_batch


torch.manual_seed(6)
model = nn.Linear(3, 2)
train_batch = make_trainer(model, torch.optim.SGD(model.parameters(), lr=0.1))
for _ in range(3):
    running = train_batch(torch.randn(4, 3), torch.randn(4, 2))
print(running)
