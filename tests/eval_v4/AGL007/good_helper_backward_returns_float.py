"""A helper does the backward and returns a float; the caller only logs it."""
import torch
from torch import nn


def backward_and_report(model, x, y) -> float:
    loss = nn.functional.cross_entropy(model(x), y)
    loss.backward()
    return loss.item()


torch.manual_seed(2)
model = nn.Sequential(nn.Linear(4, 6), nn.ReLU(), nn.Linear(6, 3))
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for _ in range(2):
    opt.zero_grad()
    print(backward_and_report(model, torch.randn(5, 4), torch.randint(0, 3, (5,))))
    opt.step()
