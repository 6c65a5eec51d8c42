"""REINFORCE: the update inspects the gradient on the log-probabilities."""
import torch
from torch import nn

torch.manual_seed(13)
policy = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 2))
optimizer = torch.optim.Adam(policy.parameters(), lr=1e-2)
states = torch.randn(10, 4)
returns = torch.linspace(1.0, 0.1, 10)
log_probs = torch.log_softmax(policy(states), dim=1)
actions = torch.distributions.Categorical(logits=log_probs).sample()
chosen = log_probs.gather(1, actions.unsqueeze(1)).squeeze(1)
loss = -(chosen * (returns - returns.mean())).sum()
optimizer.zero_grad()
loss.backward()
print("max |dL/dlogp|:", chosen.grad)  # expect: AGL001
optimizer.step()
