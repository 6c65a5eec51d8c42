"""Forces as the negative gradient of the total (summed) energy."""
import torch
from torch import nn

torch.manual_seed(10)
energy_net = nn.Sequential(nn.Linear(3, 8), nn.SiLU(), nn.Linear(8, 1))
positions = torch.randn(7, 3, requires_grad=True)
energy = energy_net(positions).sum()
forces = -torch.autograd.grad(energy, positions)[0]
print(forces.shape)
