import torch
from torch import nn

torch.manual_seed(0)
critic = nn.Sequential(nn.Linear(3, 16), nn.ReLU(), nn.Linear(16, 1))
opt = torch.optim.Adam(critic.parameters(), lr=1e-3)
state = torch.randn(1, 3)
opt.zero_grad()
value = critic(state)
value.backward()
opt.step()
print(value.shape)
