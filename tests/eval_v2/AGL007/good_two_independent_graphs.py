import torch
import torch.nn as nn

torch.manual_seed(0)

actor = nn.Linear(4, 2)
critic = nn.Linear(4, 1)
states = torch.randn(5, 4)
actor_loss = -torch.log_softmax(actor(states), -1)[:, 0].mean()
critic_loss = critic(states).pow(2).mean()
actor_loss.backward()
critic_loss.backward()
print(actor.weight.grad.shape, critic.weight.grad.shape)
