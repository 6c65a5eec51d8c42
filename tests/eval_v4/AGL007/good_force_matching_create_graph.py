"""Force matching: forces with create_graph=True, then one backward on the combined loss."""
import torch
from torch import nn

torch.manual_seed(11)
potential = nn.Sequential(nn.Linear(3, 16), nn.Softplus(), nn.Linear(16, 1))
opt = torch.optim.Adam(potential.parameters(), lr=1e-3)
pos = torch.randn(5, 3, requires_grad=True)
ref_forces = torch.randn(5, 3)
opt.zero_grad()
energy = potential(pos).sum()
forces = -torch.autograd.grad(energy, pos, create_graph=True)[0]
loss = (energy - 1.0) ** 2 + ((forces - ref_forces) ** 2).mean()
loss.backward()
opt.step()
