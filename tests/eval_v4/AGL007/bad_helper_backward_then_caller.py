"""A helper already calls backward(); the caller calls it again."""
import torch
from torch import nn


def compute_loss(model, x, y):
    loss = nn.functional.cross_entropy(model(x), y)
    loss.backward()
    return loss


torch.manual_seed(2)
model = nn.Sequential(nn.Linear(4, 6), nn.ReLU(), nn.Linear(6, 3))
opt = torch.optim.SGD(model.parameters(), lr=0.1)
opt.zero_grad()
loss = compute_loss(model, torch.randn(5, 4), torch.randint(0, 3, (5,)))
loss.backward()  # expect: AGL007
opt.step()
