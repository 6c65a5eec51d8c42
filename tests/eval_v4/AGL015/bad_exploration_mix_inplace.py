"""Epsilon-greedy mixing applied in place to policy probabilities."""
import torch
from torch import nn

torch.manual_seed(12)
policy = nn.Linear(4, 3)
states = torch.randn(6, 4)
probs = torch.softmax(policy(states), dim=1)
probs.mul_(0.9).add_(0.1 / 3)  # expect: AGL015
actions = torch.multinomial(probs.detach(), 1).squeeze(1)
loss = -torch.log(probs.gather(1, actions[:, None])).mean()
loss.backward()
