import torch
import torch.nn as nn

torch.manual_seed(6)
net = nn.Sequential(nn.Linear(1, 8), nn.Tanh(), nn.Linear(8, 1))
grid = torch.linspace(0, 1, 16).unsqueeze(1)
x = torch.tensor(grid, requires_grad=True)  # expect: AGL016
u = net(x)
(u_x,) = torch.autograd.grad(u.sum(), x)
