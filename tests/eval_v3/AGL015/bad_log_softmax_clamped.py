import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
policy = nn.Linear(4, 3)
states = torch.randn(5, 4)
actions = torch.randint(0, 3, (5,))
advantages = torch.randn(5)
log_probs = F.log_softmax(policy(states), dim=-1)
log_probs.clamp_(min=-10.0)  # expect: AGL015
loss = -(log_probs.gather(1, actions[:, None]).squeeze(1) * advantages).mean()
loss.backward()
