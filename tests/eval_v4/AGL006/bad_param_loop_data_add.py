"""Hand-rolled SGD over model.parameters() using p.data.add_."""
import torch
from torch import nn

torch.manual_seed(1)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
x, y = torch.randn(10, 4), torch.randn(10, 1)
for _ in range(2):
    model.zero_grad()
    nn.functional.mse_loss(model(x), y).backward()
    for p in model.parameters():
        p.data.add_(p.grad, alpha=-0.05)  # expect: AGL006
