import torch
from torch import nn

torch.manual_seed(0)
policy = nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Linear(16, 2))
opt = torch.optim.Adam(policy.parameters(), lr=1e-3)
states = torch.randn(5, 4)
with torch.inference_mode():
    actions = torch.distributions.Categorical(logits=policy(states)).sample()
actions = actions.clone()
returns = torch.randn(5)
log_probs = torch.log_softmax(policy(states), -1).gather(1, actions[:, None]).squeeze(1)
loss = -(log_probs * returns).mean()
opt.zero_grad()
loss.backward()
opt.step()
