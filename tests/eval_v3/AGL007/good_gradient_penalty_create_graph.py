import torch
from torch import nn

torch.manual_seed(0)
D = nn.Sequential(nn.Linear(2, 16), nn.Tanh(), nn.Linear(16, 1))
opt = torch.optim.Adam(D.parameters(), lr=1e-3)
real = torch.randn(8, 2).requires_grad_()
out = D(real)
(grad_real,) = torch.autograd.grad(out.sum(), real, create_graph=True)
loss = -out.mean() + 10 * grad_real.pow(2).sum(dim=1).mean()
opt.zero_grad()
loss.backward()
opt.step()
