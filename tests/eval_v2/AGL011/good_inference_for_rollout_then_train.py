import torch
import torch.nn as nn

torch.manual_seed(0)

net = nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Linear(16, 2))
obs = torch.randn(6, 4)
with torch.inference_mode():
    actions = torch.distributions.Categorical(logits=net(obs)).sample()
actions = actions.clone()
returns = torch.randn(6)
dist = torch.distributions.Categorical(logits=net(obs.clone()))
loss = -(dist.log_prob(actions) * returns).mean()
loss.backward()
