import torch
import torch.nn as nn

torch.manual_seed(1)
critic = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
opt = torch.optim.RMSprop(critic.parameters(), lr=5e-3)
real, fake = torch.randn(6, 4) * 3, torch.randn(6, 4)
opt.zero_grad()
loss = critic(fake).mean() - critic(real).mean()
loss.backward()
opt.step()
for p in critic.parameters():
    p.data.clamp_(-0.01, 0.01)  # expect: AGL006
