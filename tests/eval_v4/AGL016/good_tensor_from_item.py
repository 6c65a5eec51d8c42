"""A scalar baseline rebuilt from .item() for logging."""
import torch
from torch import nn

torch.manual_seed(4)
model = nn.Linear(3, 1)
loss = model(torch.randn(5, 3)).pow(2).mean()
baseline = torch.tensor(loss.item())
loss.backward()
print(baseline)
