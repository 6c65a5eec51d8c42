import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(1, 8), nn.Tanh(), nn.Linear(8, 1))
grid = torch.linspace(0, 1, 10).unsqueeze(1)
t = torch.tensor(grid, requires_grad=True)  # expect: AGL016
u = net(t)
(du_dt,) = torch.autograd.grad(u.sum(), t)
print(du_dt.shape)
