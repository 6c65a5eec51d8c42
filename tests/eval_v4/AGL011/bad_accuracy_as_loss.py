"""Optimising accuracy directly: argmax has no gradient."""
import torch
from torch import nn

torch.manual_seed(12)
model = nn.Linear(5, 3)
x, y = torch.randn(8, 5), torch.randint(0, 3, (8,))
accuracy = (model(x).argmax(dim=1) == y).float().mean()
loss = 1.0 - accuracy
loss.backward()  # expect: AGL011
