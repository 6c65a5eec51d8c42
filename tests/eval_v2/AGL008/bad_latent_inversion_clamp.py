import torch
import torch.nn as nn

torch.manual_seed(0)

generator = nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Linear(16, 8))
generator.requires_grad_(False)
target = torch.randn(1, 8)

z = torch.randn(1, 4, requires_grad=True)
opt = torch.optim.Adam([z], lr=0.1)
for _it in range(3):
    opt.zero_grad()
    loss = nn.functional.mse_loss(generator(z), target)
    loss.backward()
    opt.step()
    z.clamp_(-2.0, 2.0)  # expect: AGL008
