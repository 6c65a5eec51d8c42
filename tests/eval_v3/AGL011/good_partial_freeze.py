import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(6, 6), nn.ReLU(), nn.Linear(6, 2))
for p in model[0].parameters():
    p.requires_grad = False
loss = nn.functional.cross_entropy(model(torch.randn(4, 6)), torch.tensor([0, 1, 1, 0]))
loss.backward()
print(model[2].weight.grad is not None)
