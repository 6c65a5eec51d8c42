import torch
import torch.nn as nn

torch.manual_seed(3)
vae_enc = nn.Linear(8, 4)
vae_dec = nn.Linear(2, 8)
params = list(vae_enc.parameters()) + list(vae_dec.parameters())
opt = torch.optim.Adam(params, lr=1e-3)
stats = {"recon": 0.0, "kl": 0.0}
for _ in range(3):
    x = torch.randn(6, 8)
    mu, logvar = vae_enc(x).chunk(2, dim=1)
    z = mu + torch.randn_like(mu) * (0.5 * logvar).exp()
    recon = (vae_dec(z) - x).pow(2).mean()
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp()).mean()
    opt.zero_grad()
    (recon + kl).backward()
    opt.step()
    stats["recon"] += recon.item()
    stats["kl"] += kl  # expect: AGL012
