import torch
from torch import nn

torch.manual_seed(0)
actor = nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Linear(16, 2))
critic = nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Linear(16, 1))
a_opt = torch.optim.Adam(actor.parameters(), lr=1e-3)
c_opt = torch.optim.Adam(critic.parameters(), lr=1e-3)

states, returns = torch.randn(8, 4), torch.randn(8, 1)
values = critic(states)
advantage = returns - values
log_probs = torch.log_softmax(actor(states), dim=-1)[:, :1]

c_opt.zero_grad()
critic_loss = advantage.pow(2).mean()
critic_loss.backward()
c_opt.step()

a_opt.zero_grad()
actor_loss = -(log_probs * advantage).mean()
actor_loss.backward()  # expect: AGL007
a_opt.step()
