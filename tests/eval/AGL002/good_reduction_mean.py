import torch
from torch import nn

model = nn.Linear(4, 1)
criterion = nn.MSELoss(reduction="none")
x, y = torch.randn(8, 4), torch.randn(8, 1)
loss = criterion(model(x), y)
loss.mean().backward()
