"""Actor-critic update reusing values computed during a no_grad rollout."""
import torch
from torch import nn

torch.manual_seed(8)
critic = nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Linear(16, 1))
opt = torch.optim.Adam(critic.parameters(), lr=1e-3)
states = torch.randn(10, 4)
with torch.no_grad():
    values = critic(states).squeeze(1)
rewards = torch.rand(10)
returns = torch.flip(torch.cumsum(torch.flip(rewards, [0]), 0), [0])
value_loss = ((returns - values) ** 2).mean()
opt.zero_grad()
value_loss.backward()  # expect: AGL011
