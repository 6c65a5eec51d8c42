import torch
from torch import nn
from torch.distributions import Categorical

torch.manual_seed(0)
policy = nn.Sequential(nn.Linear(4, 32), nn.Tanh(), nn.Linear(32, 2))
optimizer = torch.optim.Adam(policy.parameters(), lr=1e-3)

states = torch.randn(6, 4)
dist = Categorical(logits=policy(states))
actions = dist.sample()
returns = torch.linspace(1.0, 0.5, 6)

optimizer.zero_grad()
policy_loss = -dist.log_prob(actions) * returns
policy_loss.backward()  # expect: AGL002
optimizer.step()
