"""Molecular toy model: forces from per-atom energies without grad_outputs."""
import torch
from torch import nn

torch.manual_seed(10)
energy_net = nn.Sequential(nn.Linear(3, 8), nn.SiLU(), nn.Linear(8, 1))
positions = torch.randn(7, 3, requires_grad=True)
atom_energy = energy_net(positions).squeeze(1)
forces = -torch.autograd.grad(atom_energy, positions)[0]  # expect: AGL002
print(forces.shape)
