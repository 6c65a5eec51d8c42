import torch
from torch import nn

G = nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Linear(8, 2))
D = nn.Sequential(nn.Linear(2, 8), nn.LeakyReLU(0.2), nn.Linear(8, 1))
opt_g = torch.optim.Adam(G.parameters(), lr=2e-4)
opt_d = torch.optim.Adam(D.parameters(), lr=2e-4)
bce = nn.BCEWithLogitsLoss()

real = torch.randn(16, 2)
fake = G(torch.randn(16, 4))
opt_d.zero_grad()
d_loss = bce(D(real), torch.ones(16, 1)) + bce(D(fake), torch.zeros(16, 1))
d_loss.backward()
opt_d.step()

opt_g.zero_grad()
g_loss = bce(D(fake), torch.ones(16, 1))
g_loss.backward()  # expect: AGL007
opt_g.step()
