"""Forces from autograd.grad without retain_graph, then an energy loss backward()."""
import torch
from torch import nn

torch.manual_seed(11)
potential = nn.Sequential(nn.Linear(3, 16), nn.Softplus(), nn.Linear(16, 1))
pos = torch.randn(5, 3, requires_grad=True)
energy = potential(pos).sum()
forces = -torch.autograd.grad(energy, pos)[0]
print(forces.norm())
energy_loss = (energy - 1.0) ** 2
energy_loss.backward()  # expect: AGL007
