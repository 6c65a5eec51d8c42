import torch
from torch import nn

torch.manual_seed(0)
D = nn.Sequential(nn.Linear(2, 16), nn.LeakyReLU(0.2), nn.Linear(16, 1))
real = torch.randn(8, 2)
fake = torch.randn(8, 2)
alpha = torch.rand(8, 1)
interp = (alpha * real + (1 - alpha) * fake).requires_grad_(True)
d_interp = D(interp)
grads = torch.autograd.grad(outputs=d_interp, inputs=interp, create_graph=True)[0]  # expect: AGL002
penalty = ((grads.norm(2, dim=1) - 1) ** 2).mean()
penalty.backward()
