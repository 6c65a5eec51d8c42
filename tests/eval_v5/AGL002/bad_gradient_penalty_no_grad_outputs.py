import torch
import torch.nn as nn

torch.manual_seed(63)
critic = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
real, fake = torch.randn(6, 4), torch.randn(6, 4)
eps = torch.rand(6, 1)
interp = (eps * real + (1 - eps) * fake).requires_grad_()
scores = critic(interp)
(grads,) = torch.autograd.grad(scores, interp, create_graph=True)  # expect: AGL002
penalty = (grads.norm(dim=1) - 1).pow(2).mean()
