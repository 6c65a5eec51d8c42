import torch
from torch import nn

torch.manual_seed(0)
online = nn.Linear(4, 4)
target_proj = nn.Linear(4, 4)
x = torch.randn(6, 4)
target = target_proj(x).detach()
loss = (online(x) - target).pow(2).mean()
loss.backward()
print(online.weight.grad.norm().item())
