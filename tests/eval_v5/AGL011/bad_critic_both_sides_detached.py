import torch
import torch.nn as nn

torch.manual_seed(8)
critic = nn.Linear(4, 1)
states, next_states = torch.randn(6, 4), torch.randn(6, 4)
rewards = torch.randn(6, 1)
values = critic(states).detach()
targets = rewards + 0.99 * critic(next_states).detach()
td_loss = (targets - values).pow(2).mean()
td_loss.backward()  # expect: AGL011
