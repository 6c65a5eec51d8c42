"""WGAN weight clipping in place with grad mode on."""
import torch
from torch import nn

torch.manual_seed(6)
critic = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 1))
opt = torch.optim.RMSprop(critic.parameters(), lr=5e-5)
opt.zero_grad()
(critic(torch.randn(4, 2)).mean() - critic(torch.randn(4, 2) + 1).mean()).backward()
opt.step()
for p in critic.parameters():
    p.clamp_(-0.01, 0.01)  # expect: AGL008
