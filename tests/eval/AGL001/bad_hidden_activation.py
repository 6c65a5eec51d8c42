import torch
from torch import nn

model = nn.Sequential(nn.Linear(4, 8), nn.Tanh())
head = nn.Linear(8, 1)
x = torch.randn(16, 4)
hidden = model(x)
out = head(hidden).sum()
out.backward()
saliency = hidden.grad  # expect: AGL001
print(saliency)
