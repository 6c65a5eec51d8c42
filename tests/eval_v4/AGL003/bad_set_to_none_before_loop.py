"""Gradients set to None once before the loop, not inside it."""
import torch
from torch import nn

torch.manual_seed(13)
model = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 1))
opt = torch.optim.RMSprop(model.parameters(), lr=1e-3)
for p in model.parameters():
    p.grad = None
x, y = torch.randn(10, 3), torch.randn(10, 1)
for _epoch in range(3):
    pred = model(x)
    loss = ((pred - y) ** 2).mean()
    loss.backward()  # expect: AGL003
    opt.step()
