import torch
from torch import nn
from torch.autograd import grad

torch.manual_seed(0)
potential = nn.Sequential(nn.Linear(3, 16), nn.SiLU(), nn.Linear(16, 1))
pos = torch.randn(5, 3, requires_grad=True)
energy_per_atom = potential(pos).squeeze(-1)
forces = -grad(energy_per_atom, pos, create_graph=True)[0]  # expect: AGL002
print(forces.shape)
