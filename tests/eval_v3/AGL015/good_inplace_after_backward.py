import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(6, 4)
probs = torch.sigmoid(model(torch.randn(5, 6)))
loss = nn.functional.binary_cross_entropy(probs, torch.rand(5, 4))
loss.backward()
probs = probs.detach()
probs *= 100
print(probs.round().mean())
