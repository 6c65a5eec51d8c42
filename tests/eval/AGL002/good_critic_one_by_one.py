import torch
from torch import nn

critic = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
sample = torch.randn(1, 4)
score = critic(sample)
print(score.shape)
score.backward()
