"""Actor-critic with a shared encoder; critic and actor losses backpropagated separately."""
import torch
from torch import nn

torch.manual_seed(6)
encoder = nn.Sequential(nn.Linear(4, 16), nn.ReLU())
actor, critic = nn.Linear(16, 2), nn.Linear(16, 1)
opt = torch.optim.Adam([*encoder.parameters(), *actor.parameters(), *critic.parameters()], lr=1e-3)
states, returns = torch.randn(8, 4), torch.rand(8, 1)
z = encoder(states)
values = critic(z)
dist = torch.distributions.Categorical(logits=actor(z))
actions = dist.sample()
advantage = (returns - values).detach().squeeze(1)
opt.zero_grad()
critic_loss = (returns - values).pow(2).mean()
critic_loss.backward()
actor_loss = -(dist.log_prob(actions) * advantage).mean()
actor_loss.backward()  # expect: AGL007
opt.step()
