import torch
from torch import nn

torch.manual_seed(0)
G = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 2))
D = nn.Sequential(nn.Linear(2, 16), nn.LeakyReLU(0.2), nn.Linear(16, 1))
opt_g = torch.optim.Adam(G.parameters(), lr=2e-4)
opt_d = torch.optim.Adam(D.parameters(), lr=2e-4)
bce = nn.BCEWithLogitsLoss()

real = torch.randn(8, 2)
fake = G(torch.randn(8, 4))

opt_d.zero_grad()
d_loss = bce(D(real), torch.ones(8, 1)) + bce(D(fake), torch.zeros(8, 1))
d_loss.backward()
opt_d.step()

opt_g.zero_grad()
g_loss = bce(D(fake), torch.ones(8, 1))
g_loss.backward()  # expect: AGL007
opt_g.step()
