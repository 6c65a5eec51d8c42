import torch
from torch import nn

model = nn.Linear(2, 2)
model(torch.randn(3, 2)).sum().backward()
for p in model.parameters():
    if p.grad is not None:
        p.grad.data.zero_()
print(model.weight.grad)
