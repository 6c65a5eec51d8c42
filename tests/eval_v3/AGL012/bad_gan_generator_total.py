import torch
from torch import nn

torch.manual_seed(0)
G = nn.Sequential(nn.Linear(3, 8), nn.ReLU(), nn.Linear(8, 2))
D = nn.Sequential(nn.Linear(2, 8), nn.LeakyReLU(0.2), nn.Linear(8, 1))
opt_g = torch.optim.Adam(G.parameters(), lr=1e-3)
bce = nn.BCEWithLogitsLoss()
g_total = 0.0
for _ in range(3):
    opt_g.zero_grad()
    g_loss = bce(D(G(torch.randn(6, 3))), torch.ones(6, 1))
    g_loss.backward()
    opt_g.step()
    g_total += g_loss  # expect: AGL012
print("mean G loss", g_total / 3)
