"""Old-style gradient reset through p.grad.data.zero_() (the grad needs no grad)."""
import torch
from torch import nn

torch.manual_seed(1)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
x, y = torch.randn(10, 4), torch.randn(10, 1)
for _ in range(2):
    nn.functional.mse_loss(model(x), y).backward()
    with torch.no_grad():
        for p in model.parameters():
            p.add_(p.grad, alpha=-0.05)
    for p in model.parameters():
        p.grad.data.zero_()
