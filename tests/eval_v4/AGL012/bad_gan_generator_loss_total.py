"""GAN epoch report sums the generator loss tensors."""
import torch
from torch import nn

torch.manual_seed(5)
G = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 2))
D = nn.Sequential(nn.Linear(2, 8), nn.LeakyReLU(0.2), nn.Linear(8, 1))
opt_g = torch.optim.Adam(G.parameters(), lr=1e-3)
opt_d = torch.optim.Adam(D.parameters(), lr=1e-3)
bce = nn.BCEWithLogitsLoss()
g_total = 0.0
for _ in range(3):
    fake = G(torch.randn(8, 2))
    opt_d.zero_grad()
    real = torch.randn(8, 2) + 2
    d_loss = bce(D(real), torch.ones(8, 1)) + bce(D(fake.detach()), torch.zeros(8, 1))
    d_loss.backward()
    opt_d.step()
    opt_g.zero_grad()
    g_loss = bce(D(fake), torch.ones(8, 1))
    g_loss.backward()
    opt_g.step()
    g_total += g_loss  # expect: AGL012
print(g_total)
