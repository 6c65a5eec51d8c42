import torch
import torch.nn as nn

torch.manual_seed(1)
model = nn.Sequential(nn.Linear(6, 6), nn.Tanh(), nn.Linear(6, 1))
for p in model[0].parameters():
    p.requires_grad = False
model[2].weight.requires_grad_(False)
model(torch.randn(3, 6)).sum().backward()
print(model[2].bias.grad)
