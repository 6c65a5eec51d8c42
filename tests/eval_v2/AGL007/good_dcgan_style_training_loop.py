import torch
import torch.nn as nn


def build(nz=4, nx=2, h=16):
    G = nn.Sequential(nn.Linear(nz, h), nn.ReLU(), nn.Linear(h, nx))
    D = nn.Sequential(nn.Linear(nx, h), nn.LeakyReLU(0.2), nn.Linear(h, 1))
    return G, D


def train(steps=3, batch=8, nz=4):
    torch.manual_seed(0)
    G, D = build(nz)
    opt_g = torch.optim.Adam(G.parameters(), lr=2e-4, betas=(0.5, 0.999))
    opt_d = torch.optim.Adam(D.parameters(), lr=2e-4, betas=(0.5, 0.999))
    criterion = nn.BCEWithLogitsLoss()
    real_label, fake_label = torch.ones(batch, 1), torch.zeros(batch, 1)
    history = {"d": [], "g": []}
    for _ in range(steps):
        real = torch.randn(batch, 2) * 0.5 + 1.0
        noise = torch.randn(batch, nz)
        fake = G(noise)

        D.zero_grad()
        err_real = criterion(D(real), real_label)
        err_real.backward()
        err_fake = criterion(D(fake.detach()), fake_label)
        err_fake.backward()
        opt_d.step()

        G.zero_grad()
        err_g = criterion(D(fake), real_label)
        err_g.backward()
        opt_g.step()

        history["d"].append(err_real.item() + err_fake.item())
        history["g"].append(err_g.item())
    return history


print(train())
