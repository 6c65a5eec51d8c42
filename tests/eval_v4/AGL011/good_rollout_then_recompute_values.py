"""Rollout values under no_grad for advantages; the update recomputes them with grad."""
import torch
from torch import nn

torch.manual_seed(8)
critic = nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Linear(16, 1))
opt = torch.optim.Adam(critic.parameters(), lr=1e-3)
states = torch.randn(10, 4)
with torch.no_grad():
    old_values = critic(states).squeeze(1)
returns = torch.flip(torch.cumsum(torch.flip(torch.rand(10), [0]), 0), [0])
print("advantage mean", (returns - old_values).mean().item())
value_loss = ((returns - critic(states).squeeze(1)) ** 2).mean()
opt.zero_grad()
value_loss.backward()
opt.step()
