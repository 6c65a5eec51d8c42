import torch
from torch import nn

critic = nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 1))
x = torch.randn(6, 2, requires_grad=True)
score = critic(x)
(g,) = torch.autograd.grad(score.sum(), x, create_graph=True)
penalty = ((g.norm(dim=1) - 1) ** 2).mean()
loss = score.mean() + 10 * penalty
loss.backward()
