import torch
from torch import nn

torch.manual_seed(0)
actor = nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Linear(16, 2))
critic = nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Linear(16, 1))
actor_opt = torch.optim.Adam(actor.parameters(), lr=1e-3)
critic_opt = torch.optim.Adam(critic.parameters(), lr=1e-3)
for _update in range(4):
    states, returns = torch.randn(8, 4), torch.randn(8, 1)
    values = critic(states)
    advantage = (returns - values).detach()
    log_probs = torch.log_softmax(actor(states), dim=-1)[:, 0:1]
    critic_opt.zero_grad()
    (returns - values).pow(2).mean().backward()
    critic_opt.step()
    actor_opt.zero_grad()
    actor_loss = -(log_probs * advantage).mean()
    actor_loss.backward()
    actor_opt.step()
