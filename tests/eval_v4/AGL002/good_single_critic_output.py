"""A critic scoring one sample returns shape (1, 1): backward() is accepted."""
import torch
from torch import nn

torch.manual_seed(5)
G = nn.Sequential(nn.Linear(3, 8), nn.ReLU(), nn.Linear(8, 4))
critic = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
opt_g = torch.optim.RMSprop(G.parameters(), lr=5e-4)
opt_g.zero_grad()
g_loss = -critic(G(torch.randn(1, 3)))
assert g_loss.shape == (1, 1)
g_loss.backward()
opt_g.step()
