import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
policy = nn.Linear(4, 3)
states, actions, advantages = torch.randn(5, 4), torch.randint(0, 3, (5,)), torch.randn(5)
log_probs = F.log_softmax(policy(states), dim=-1).clamp(min=-10.0)
loss = -(log_probs.gather(1, actions[:, None]).squeeze(1) * advantages).mean()
loss.backward()
