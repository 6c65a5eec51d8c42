"""REINFORCE history kept as a list of floats."""
import torch
from torch import nn

torch.manual_seed(5)
policy = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 2))
opt = torch.optim.Adam(policy.parameters(), lr=1e-2)
history = []
for _ in range(3):
    dist = torch.distributions.Categorical(logits=policy(torch.randn(6, 4)))
    actions = dist.sample()
    episode_loss = -(dist.log_prob(actions) * torch.rand(6)).sum()
    opt.zero_grad()
    episode_loss.backward()
    opt.step()
    history.append(episode_loss.item())
print(sum(history))
