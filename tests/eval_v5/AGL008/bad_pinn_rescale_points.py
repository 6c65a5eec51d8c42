import torch
import torch.nn as nn

torch.manual_seed(7)
net = nn.Sequential(nn.Linear(2, 16), nn.Tanh(), nn.Linear(16, 1))
xy = torch.rand(32, 2, requires_grad=True)
xy.mul_(2.0).sub_(1.0)  # expect: AGL008
u = net(xy)
