import torch
from torch import nn

torch.manual_seed(0)
enc = nn.Linear(6, 4)
dec = nn.Linear(2, 6)
x = torch.rand(7, 6)
mu, logvar = enc(x).chunk(2, dim=1)
z = mu + torch.randn_like(mu) * torch.exp(0.5 * logvar)
recon = torch.sigmoid(dec(z))
bce = nn.functional.binary_cross_entropy(recon, x, reduction="none").sum(dim=1)
kld = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp()).sum(dim=1)
loss = (bce + kld).mean()
loss.backward()
