import torch
from torch import nn

model = nn.Sequential(nn.Linear(5, 5), nn.Dropout(0.2, inplace=True), nn.Linear(5, 1))
model(torch.randn(3, 5)).sum().backward()
print(model[0].weight.grad.shape)
