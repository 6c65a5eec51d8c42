import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


class VAE(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = nn.Linear(8, 4)
        self.dec = nn.Linear(2, 8)

    def forward(self, x):
        mu, log_var = self.enc(x).chunk(2, dim=-1)
        z = mu + torch.randn_like(mu) * torch.exp(0.5 * log_var)
        return self.dec(z), mu, log_var


vae = VAE()
opt = torch.optim.Adam(vae.parameters(), lr=1e-3)
log = {"recon": 0.0, "kl": 0.0}
for _ in range(3):
    x = torch.rand(6, 8)
    recon, mu, log_var = vae(x)
    rec = F.mse_loss(recon, x)
    kl = -0.5 * torch.mean(1 + log_var - mu.pow(2) - log_var.exp())
    opt.zero_grad()
    (rec + kl).backward()
    opt.step()
    log["recon"] += rec.item()
    log["kl"] += kl  # expect: AGL012
print(log)
