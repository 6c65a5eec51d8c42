import torch
import torch.nn as nn

torch.manual_seed(6)
net = nn.Sequential(nn.Linear(1, 20), nn.Tanh(), nn.Linear(20, 1))
x = torch.rand(25, 1, requires_grad=True)
u = net(x)
u_x = torch.autograd.grad(u.sum(), x)[0]
boundary = net(torch.zeros(1, 1)).pow(2).sum()
loss = (u_x - torch.cos(x)).pow(2).mean() + u.pow(2).mean() * 0.0 + boundary
loss.backward()  # expect: AGL007
