import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(6, 4)
x = torch.randn(5, 6)
target = torch.rand(5, 4)
probs = torch.sigmoid(model(x))
probs *= 2  # expect: AGL015
loss = nn.functional.mse_loss(probs, target * 2)
loss.backward()
