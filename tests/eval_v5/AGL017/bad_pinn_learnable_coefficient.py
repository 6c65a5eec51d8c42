import torch
import torch.nn as nn

torch.manual_seed(7)
u_net = nn.Sequential(nn.Linear(1, 16), nn.Tanh(), nn.Linear(16, 1))
diffusivity = torch.empty(1, requires_grad=True)  # expect: AGL017
opt = torch.optim.Adam(list(u_net.parameters()) + [diffusivity], lr=1e-3)
x = torch.rand(20, 1, requires_grad=True)
u = u_net(x)
u_x = torch.autograd.grad(u.sum(), x, create_graph=True)[0]
u_xx = torch.autograd.grad(u_x.sum(), x, create_graph=True)[0]
residual = diffusivity * u_xx - torch.sin(x)
opt.zero_grad()
residual.pow(2).mean().backward()
opt.step()
