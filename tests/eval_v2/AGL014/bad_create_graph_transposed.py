import torch
import torch.nn as nn

torch.manual_seed(0)

energy_net = nn.Sequential(nn.Linear(2, 16), nn.Softplus(), nn.Linear(16, 1))


def forces(positions):
    positions = positions.requires_grad_(True)
    energy = energy_net(positions).sum()
    (grad,) = torch.autograd.grad(energy, positions, create_grpah=True)  # expect: AGL014
    return -grad


f = forces(torch.randn(5, 2))
print(f.shape)
