import torch
import torch.nn as nn

torch.manual_seed(0)

critic = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
opt = torch.optim.RMSprop(critic.parameters(), lr=5e-4)

for step in range(2):
    real = torch.randn(1, 4)
    score = critic(real)
    opt.zero_grad()
    (-score).backward()
    opt.step()
    print(step, score.shape)
