import torch
import torch.nn.functional as F
from torch import nn


def info_nce(a, b, tau=0.1):
    logits = F.normalize(a, dim=1) @ F.normalize(b, dim=1).t() / tau
    return F.cross_entropy(logits, torch.arange(a.size(0)))


torch.manual_seed(0)
encoder = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 4))
opt = torch.optim.Adam(encoder.parameters(), lr=1e-3)
x = torch.randn(6, 8)
z1 = encoder(x + 0.1 * torch.randn_like(x))
z2 = encoder(x + 0.1 * torch.randn_like(x))
opt.zero_grad()
loss = 0.5 * (info_nce(z1, z2) + info_nce(z2, z1))
loss.backward()
opt.step()
