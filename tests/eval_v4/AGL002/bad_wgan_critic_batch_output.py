"""WGAN generator step: the critic's batch output goes straight to backward()."""
import torch
from torch import nn

torch.manual_seed(5)
G = nn.Sequential(nn.Linear(3, 8), nn.ReLU(), nn.Linear(8, 4))
critic = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
opt_g = torch.optim.RMSprop(G.parameters(), lr=5e-4)
opt_g.zero_grad()
g_loss = -critic(G(torch.randn(16, 3)))
g_loss.backward()  # expect: AGL002
opt_g.step()
