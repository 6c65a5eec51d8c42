"""Actor output squashed with tanh, clamped out of place."""
import torch
from torch import nn

torch.manual_seed(4)
actor = nn.Sequential(nn.Linear(3, 16), nn.ReLU(), nn.Linear(16, 2))
critic = nn.Linear(5, 1)
state = torch.randn(6, 3)
action = torch.tanh(actor(state)).clamp(-0.9, 0.9)
actor_loss = -critic(torch.cat([state, action], dim=1)).mean()
actor_loss.backward()
