import torch
from torch import nn

torch.manual_seed(0)
critic = nn.Sequential(nn.Linear(3, 16), nn.ReLU(), nn.Linear(16, 1))
states = torch.randn(4, 3)
values = critic(states)
torch.autograd.backward(values)  # expect: AGL002
print(critic[0].weight.grad.norm())
