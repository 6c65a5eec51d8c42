"""Backbone frozen, head trainable: the loss still has a graph."""
import torch
from torch import nn

torch.manual_seed(5)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
for p in model[0].parameters():
    p.requires_grad = False
x, y = torch.randn(3, 4), torch.tensor([0, 1, 1])
loss = nn.functional.cross_entropy(model(x), y)
loss.backward()
