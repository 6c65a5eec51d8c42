"""GAN step where D's loss uses the fake batch without .detach()."""
import torch
from torch import nn

torch.manual_seed(0)
G = nn.Sequential(nn.Linear(3, 8), nn.ReLU(), nn.Linear(8, 2))
D = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 1))
opt_g = torch.optim.Adam(G.parameters(), lr=1e-3)
opt_d = torch.optim.Adam(D.parameters(), lr=1e-3)
bce = nn.BCEWithLogitsLoss()
real = torch.randn(6, 2) + 3
fake = G(torch.randn(6, 3))
opt_d.zero_grad()
d_loss = bce(D(real), torch.ones(6, 1)) + bce(D(fake), torch.zeros(6, 1))
d_loss.backward()
opt_d.step()
opt_g.zero_grad()
g_loss = bce(D(fake), torch.ones(6, 1))
g_loss.backward()  # expect: AGL007
opt_g.step()
