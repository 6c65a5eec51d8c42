import torch
import torch.nn as nn

torch.manual_seed(0)

policy = nn.Linear(3, 2)
value_net = nn.Linear(3, 1)
states = torch.randn(5, 3)
values = value_net(states).squeeze(-1)
advantages = torch.tensor([1.0 - v.item() for v in values])
log_probs = torch.log_softmax(policy(states), -1)[:, 0]
loss = -(log_probs * advantages).mean()
loss.backward()
print(policy.weight.grad.shape)
