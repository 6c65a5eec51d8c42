import torch
from torch import nn

model = nn.Linear(3, 2)
with torch.no_grad():
    pred = model(torch.randn(4, 3))
print(pred.numpy())
