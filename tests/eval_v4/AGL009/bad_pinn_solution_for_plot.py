"""PINN solution evaluated on collocation points that require grad, then plotted."""
import torch
from torch import nn

torch.manual_seed(6)
net = nn.Sequential(nn.Linear(1, 8), nn.Tanh(), nn.Linear(8, 1))
t = torch.linspace(0, 1, 11).unsqueeze(1).requires_grad_()
u = net(t)
du = torch.autograd.grad(u, t, torch.ones_like(u))[0]
curve = u.squeeze(1).numpy()  # expect: AGL009
print(curve.shape, du.shape)
