import torch
import torch.nn as nn
from torch.distributions import Categorical

torch.manual_seed(0)


class ActorCritic(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(4, 32), nn.Tanh())
        self.pi = nn.Linear(32, 2)
        self.v = nn.Linear(32, 1)

    def forward(self, s):
        z = self.body(s)
        return Categorical(logits=self.pi(z)), self.v(z).squeeze(-1)


ac = ActorCritic()
opt = torch.optim.Adam(ac.parameters(), lr=3e-4)
states, returns = torch.randn(5, 4), torch.randn(5)
dist, values = ac(states)
actions = dist.sample()
advantage = (returns - values).detach()
critic_loss = (returns - values).pow(2).mean()
actor_loss = -(dist.log_prob(actions) * advantage).mean()
opt.zero_grad()
critic_loss.backward()
actor_loss.backward()  # expect: AGL007
opt.step()
