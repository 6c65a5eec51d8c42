import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(1, 8), nn.Tanh(), nn.Linear(8, 1))
t = torch.linspace(0, 1, 6).unsqueeze(1).requires_grad_()
u = net(t)
du = torch.autograd.grad(u.sum(), t, create_grap=True)[0]  # expect: AGL014
d2u = torch.autograd.grad(du.sum(), t)[0]
print(d2u.shape)
