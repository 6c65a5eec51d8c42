"""Smoothed loss for a progress bar, computed from .item()."""
import torch
from torch import nn

torch.manual_seed(6)
model = nn.Linear(3, 2)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
smoothed = None
for _ in range(4):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(torch.randn(4, 3)), torch.randn(4, 2))
    loss.backward()
    opt.step()
    value = loss.item()
    smoothed = value if smoothed is None else 0.9 * smoothed + 0.1 * value
print(smoothed)
