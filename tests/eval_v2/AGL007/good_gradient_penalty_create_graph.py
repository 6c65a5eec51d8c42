import torch
import torch.nn as nn

torch.manual_seed(0)

D = nn.Sequential(nn.Linear(2, 16), nn.Tanh(), nn.Linear(16, 1))
opt = torch.optim.Adam(D.parameters(), lr=1e-4)
real = torch.randn(8, 2)
interp = (0.5 * real + 0.5 * torch.randn(8, 2)).requires_grad_(True)
d_out = D(interp)
(grad,) = torch.autograd.grad(d_out.sum(), interp, create_graph=True)
penalty = ((grad.norm(dim=1) - 1) ** 2).mean()
loss = -D(real).mean() + d_out.mean() + 10 * penalty
opt.zero_grad()
loss.backward()
opt.step()
