"""REINFORCE update: the per-step policy loss was never summed."""
import torch
from torch import nn

torch.manual_seed(4)
policy = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 2))
opt = torch.optim.Adam(policy.parameters(), lr=1e-2)
states = torch.randn(12, 4)
rewards = torch.rand(12)
dist = torch.distributions.Categorical(logits=policy(states))
actions = dist.sample()
advantages = rewards - rewards.mean()
policy_loss = -dist.log_prob(actions) * advantages
opt.zero_grad()
policy_loss.backward()  # expect: AGL002
opt.step()
