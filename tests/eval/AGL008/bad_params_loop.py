import torch
from torch import nn

model = nn.Linear(3, 1)
loss = model(torch.randn(4, 3)).pow(2).mean()
loss.backward()
for p in model.parameters():
    p -= 0.01 * p.grad  # expect: AGL008
