"""Physics-informed net: inspect where the PDE residual is most sensitive."""
import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(2, 16), nn.Tanh(), nn.Linear(16, 1))
coords = torch.rand(32, 2, requires_grad=True) * 2.0 - 1.0
u = net(coords)
(du,) = torch.autograd.grad(u.sum(), coords, create_graph=True)
residual = (du[:, 0] + u.squeeze(1) * du[:, 1]).pow(2).mean()
residual.backward()
sensitivity = coords.grad  # expect: AGL001
print("no sensitivity" if sensitivity is None else sensitivity.abs().max())
