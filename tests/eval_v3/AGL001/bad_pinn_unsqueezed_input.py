import torch
from torch import nn

torch.manual_seed(0)
mlp = nn.Sequential(nn.Linear(1, 16), nn.Tanh(), nn.Linear(16, 1))
x = torch.linspace(0.0, 1.0, 10, requires_grad=True).unsqueeze(1)
u = mlp(x)
u.sum().backward()
du_dx = x.grad  # expect: AGL001
residual = u if du_dx is None else du_dx - u
print(residual.shape)
