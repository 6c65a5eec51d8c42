"""WGAN critic weight clipping under torch.no_grad()."""
import torch
from torch import nn

torch.manual_seed(2)
critic = nn.Sequential(nn.Linear(2, 4), nn.ReLU(), nn.Linear(4, 1))
opt = torch.optim.RMSprop(critic.parameters(), lr=5e-5)
real, fake = torch.randn(8, 2) + 1, torch.randn(8, 2)
opt.zero_grad()
loss = critic(fake).mean() - critic(real).mean()
loss.backward()
opt.step()
with torch.no_grad():
    for p in critic.parameters():
        p.clamp_(-0.01, 0.01)
