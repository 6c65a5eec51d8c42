"""A complete small GAN loop with the usual bookkeeping done right."""

import torch
from torch import nn

torch.manual_seed(0)
latent, data_dim = 4, 2
G = nn.Sequential(nn.Linear(latent, 16), nn.ReLU(), nn.Linear(16, data_dim))
D = nn.Sequential(nn.Linear(data_dim, 16), nn.LeakyReLU(0.2), nn.Linear(16, 1))
opt_g = torch.optim.Adam(G.parameters(), lr=2e-4, betas=(0.5, 0.999))
opt_d = torch.optim.Adam(D.parameters(), lr=2e-4, betas=(0.5, 0.999))
bce = nn.BCEWithLogitsLoss()
history = {"d": 0.0, "g": 0.0}
steps = 3
for _step in range(steps):
    real = torch.randn(16, data_dim) * 0.5 + 2.0
    z = torch.randn(16, latent)
    fake = G(z)

    opt_d.zero_grad()
    d_real = D(real)
    d_fake = D(fake.detach())
    d_loss = bce(d_real, torch.ones_like(d_real)) + bce(d_fake, torch.zeros_like(d_fake))
    d_loss.backward()
    opt_d.step()

    opt_g.zero_grad()
    g_out = D(fake)
    g_loss = bce(g_out, torch.ones_like(g_out))
    g_loss.backward()
    opt_g.step()

    history["d"] += d_loss.item()
    history["g"] += g_loss.item()
with torch.no_grad():
    samples = G(torch.randn(100, latent))
print({k: v / steps for k, v in history.items()}, samples.mean(0).tolist())
