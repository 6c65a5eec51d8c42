import torch
import torch.nn as nn
from torch.distributions import Categorical

torch.manual_seed(0)

policy = nn.Sequential(nn.Linear(4, 32), nn.ReLU(), nn.Linear(32, 2))
optimizer = torch.optim.Adam(policy.parameters(), lr=1e-2)
states = torch.randn(6, 4)
dist = Categorical(logits=policy(states))
actions = dist.sample()
returns = torch.tensor([1.0, 0.9, 1.2, 0.7, 0.1, 1.0])
returns = (returns - returns.mean()) / (returns.std() + 1e-8)
policy_loss = (-dist.log_prob(actions) * returns).mean()
optimizer.zero_grad()
policy_loss.backward()
optimizer.step()
