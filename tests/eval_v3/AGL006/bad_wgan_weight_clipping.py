import torch
from torch import nn

torch.manual_seed(0)
critic = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 1))
opt = torch.optim.RMSprop(critic.parameters(), lr=5e-3)
clip = 0.01
for _ in range(2):
    real, fake = torch.randn(8, 2) + 1, torch.randn(8, 2)
    opt.zero_grad()
    loss = critic(fake).mean() - critic(real).mean()
    loss.backward()
    opt.step()
    for p in critic.parameters():
        p.data.clamp_(-clip, clip)  # expect: AGL006
