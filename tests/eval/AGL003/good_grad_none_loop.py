import torch
from torch import nn

model = nn.Sequential(nn.Linear(3, 3), nn.Tanh(), nn.Linear(3, 1))
xs, ys = torch.randn(10, 3), torch.randn(10, 1)
for _epoch in range(4):
    loss = nn.functional.mse_loss(model(xs), ys)
    loss.backward()
    with torch.no_grad():
        for p in model.parameters():
            p -= 0.01 * p.grad
            p.grad = None
