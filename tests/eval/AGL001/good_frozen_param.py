import torch
from torch import nn

model = nn.Sequential(nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 1))
for p in model[0].parameters():
    p.requires_grad = False
model(torch.randn(2, 4)).sum().backward()
print(model[0].weight.grad is None)
print(model[2].weight.grad is not None)
