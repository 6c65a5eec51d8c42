import torch
import torch.nn as nn

torch.manual_seed(11)
critic = nn.Sequential(nn.Linear(3, 16), nn.ReLU(), nn.Linear(16, 1))
opt = torch.optim.Adam(critic.parameters(), lr=1e-3)
state = torch.randn(1, 3)
target = torch.tensor([[0.5]])

value = critic(state)
td_error = (target - value) ** 2
opt.zero_grad()
td_error.backward()
opt.step()
