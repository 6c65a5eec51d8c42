import torch
import torch.nn as nn

torch.manual_seed(2)
policy = nn.Sequential(nn.Linear(4, 32), nn.ReLU(), nn.Linear(32, 2))
opt = torch.optim.Adam(policy.parameters(), lr=1e-2)

states = torch.randn(10, 4)
dist = torch.distributions.Categorical(logits=policy(states))
actions = dist.sample()
returns = torch.linspace(1.0, 0.1, 10)
policy_loss = (-dist.log_prob(actions) * returns).sum()
opt.zero_grad()
policy_loss.backward()
opt.step()
