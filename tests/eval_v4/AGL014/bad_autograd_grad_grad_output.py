"""PINN derivative with grad_output= instead of grad_outputs=."""
import torch
from torch import nn

torch.manual_seed(9)
net = nn.Sequential(nn.Linear(1, 8), nn.Tanh(), nn.Linear(8, 1))
x = torch.linspace(0, 1, 10).unsqueeze(1).requires_grad_()
u = net(x)
ones = torch.ones_like(u)
du = torch.autograd.grad(u, x, grad_output=ones, create_graph=True)[0]  # expect: AGL014
