"""REINFORCE: per-episode losses summed into a tensor for the training curve."""
import torch
from torch import nn

torch.manual_seed(4)
policy = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 2))
opt = torch.optim.Adam(policy.parameters(), lr=1e-2)
curve_total = 0
for _ in range(3):
    states = torch.randn(6, 4)
    dist = torch.distributions.Categorical(logits=policy(states))
    actions = dist.sample()
    returns = torch.rand(6)
    episode_loss = -(dist.log_prob(actions) * returns).sum()
    opt.zero_grad()
    episode_loss.backward()
    opt.step()
    curve_total += episode_loss  # expect: AGL012
print(curve_total)
