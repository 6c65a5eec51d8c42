"""Keeps a direction vector on the unit sphere by reassigning .data."""
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
    direction.data = direction.detach() / direction.detach().norm()  # expect: AGL006
