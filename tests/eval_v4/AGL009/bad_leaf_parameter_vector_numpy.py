"""A hand-optimised parameter vector converted for a scipy-style callback."""
import torch

torch.manual_seed(10)
theta = torch.randn(4, requires_grad=True)
opt = torch.optim.Adam([theta], lr=0.1)
for _ in range(2):
    opt.zero_grad()
    (theta ** 2 - 1).pow(2).sum().backward()
    opt.step()
snapshot = theta.numpy()  # expect: AGL009
print(snapshot)
