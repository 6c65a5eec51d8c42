import torch
from torch import nn

model = nn.Linear(4, 3)
model.requires_grad_(False)
maps = []
for sample in torch.randn(3, 4):
    inp = sample.clone().requires_grad_(True)
    model(inp).max().backward()
    maps.append(inp.grad.abs())
print(torch.stack(maps).shape)
