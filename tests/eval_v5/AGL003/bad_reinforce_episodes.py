import torch
import torch.nn as nn

torch.manual_seed(7)
policy = nn.Sequential(nn.Linear(3, 16), nn.Tanh(), nn.Linear(16, 2))
opt = torch.optim.Adam(policy.parameters(), lr=1e-2)

for episode in range(4):
    states = torch.randn(5, 3)
    dist = torch.distributions.Categorical(logits=policy(states))
    actions = dist.sample()
    rewards = (actions == episode % 2).float()
    loss = -(dist.log_prob(actions) * (rewards - rewards.mean())).sum()
    loss.backward()  # expect: AGL003
    opt.step()
