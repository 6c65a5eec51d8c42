import torch
import torch.nn as nn
from torch.distributions import Categorical

torch.manual_seed(0)

policy = nn.Sequential(nn.Linear(4, 32), nn.ReLU(), nn.Linear(32, 2))
optimizer = torch.optim.Adam(policy.parameters(), lr=1e-2)


def discounted(rewards, gamma=0.99):
    out, running = [], 0.0
    for r in reversed(rewards):
        running = r + gamma * running
        out.insert(0, running)
    return torch.tensor(out)


states = torch.randn(6, 4)
dist = Categorical(logits=policy(states))
actions = dist.sample()
returns = discounted([1.0, 0.0, 1.0, 1.0, 0.0, 1.0])
policy_loss = -dist.log_prob(actions) * returns
optimizer.zero_grad()
policy_loss.backward()  # expect: AGL002
optimizer.step()
