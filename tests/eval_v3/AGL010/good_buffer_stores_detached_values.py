import torch
from torch import nn


class RolloutBuffer:
    def __init__(self):
        self.values = []

    def add(self, value):
        self.values.append(value.detach())


torch.manual_seed(0)
critic = nn.Sequential(nn.Linear(3, 8), nn.Tanh(), nn.Linear(8, 1))
buffer = RolloutBuffer()
for _ in range(3):
    buffer.add(critic(torch.randn(1, 3)))
print(any(v.requires_grad for v in buffer.values))
