import torch
from torch import nn
from torch.autograd import grad

torch.manual_seed(0)
potential = nn.Sequential(nn.Linear(3, 16), nn.SiLU(), nn.Linear(16, 1))
pos = torch.randn(5, 3, requires_grad=True)
energy = potential(pos).sum()
forces = -grad(energy, pos, create_graph=True)[0]
forces.pow(2).mean().backward()
print(forces.shape)
