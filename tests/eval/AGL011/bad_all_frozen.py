import torch
from torch import nn

model = nn.Sequential(nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 1))
for p in model.parameters():
    p.requires_grad = False
loss = model(torch.randn(2, 4)).mean()
loss.backward()  # expect: AGL011
