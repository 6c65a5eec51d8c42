import torch
import torch.nn as nn

torch.manual_seed(0)

energy_net = nn.Sequential(nn.Linear(2, 16), nn.Softplus(), nn.Linear(16, 1))
positions = torch.randn(5, 2, requires_grad=True)
energy = energy_net(positions).sum()
(grad,) = torch.autograd.grad(energy, positions, create_graph=True)
force_loss = grad.pow(2).mean()
force_loss.backward()
y = torch.sin(positions)
(g2,) = torch.autograd.grad(y, positions, grad_outputs=torch.ones_like(y))
