"""A direction kept on the unit sphere with an in-place division under no_grad."""
import torch

torch.manual_seed(6)
direction = torch.randn(8, requires_grad=True)
opt = torch.optim.Adam([direction], lr=0.1)
data = torch.randn(32, 8)
for _ in range(2):
    opt.zero_grad()
    loss = -(data @ direction).pow(2).mean()
    loss.backward()
    opt.step()
    with torch.no_grad():
        direction /= direction.norm()
