"""REINFORCE update with the per-step losses averaged."""
import torch
from torch import nn

torch.manual_seed(4)
policy = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 2))
opt = torch.optim.Adam(policy.parameters(), lr=1e-2)
states = torch.randn(12, 4)
rewards = torch.rand(12)
dist = torch.distributions.Categorical(logits=policy(states))
actions = dist.sample()
policy_loss = -(dist.log_prob(actions) * (rewards - rewards.mean())).mean()
opt.zero_grad()
policy_loss.backward()
opt.step()
