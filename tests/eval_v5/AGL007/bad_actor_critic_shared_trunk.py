import torch
import torch.nn as nn

torch.manual_seed(7)
trunk = nn.Sequential(nn.Linear(4, 32), nn.ReLU())
actor = nn.Linear(32, 2)
critic = nn.Linear(32, 1)
states = torch.randn(8, 4)
returns = torch.randn(8)

z = trunk(states)
dist = torch.distributions.Categorical(logits=actor(z))
actions = dist.sample()
values = critic(z).squeeze(1)
advantage = (returns - values).detach()
actor_loss = -(dist.log_prob(actions) * advantage).mean()
critic_loss = (returns - values).pow(2).mean()
actor_loss.backward()
critic_loss.backward()  # expect: AGL007
