"""A latent code reset with zero_() between restarts, outside no_grad."""
import torch
from torch import nn

torch.manual_seed(10)
decoder = nn.Linear(3, 6)
target = torch.randn(1, 6)
z = torch.randn(1, 3, requires_grad=True)
opt = torch.optim.Adam([z], lr=0.1)
for restart in range(2):
    z.zero_()  # expect: AGL008
    for _ in range(3):
        opt.zero_grad()
        ((decoder(z) - target) ** 2).mean().backward()
        opt.step()
    print(restart, z.detach())
