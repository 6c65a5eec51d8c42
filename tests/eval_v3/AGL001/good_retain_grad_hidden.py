import torch
from torch import nn

torch.manual_seed(0)
fc1, fc2 = nn.Linear(4, 6), nn.Linear(6, 1)
x = torch.randn(5, 4)
hidden = torch.relu(fc1(x))
hidden.retain_grad()
out = fc2(hidden).mean()
out.backward()
print("hidden grad norm:", hidden.grad.norm().item())
