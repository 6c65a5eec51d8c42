"""Physics-informed net for u' = -u trained with Adam, no gradient reset."""
import torch
from torch import nn

torch.manual_seed(6)
net = nn.Sequential(nn.Linear(1, 16), nn.Tanh(), nn.Linear(16, 1))
opt = torch.optim.Adam(net.parameters(), lr=1e-2)
t = torch.linspace(0, 2, 25).unsqueeze(1).requires_grad_()
for _it in range(3):
    u = net(t)
    du = torch.autograd.grad(u, t, torch.ones_like(u), create_graph=True)[0]
    ic = (net(torch.zeros(1, 1)) - 1.0) ** 2
    loss = ((du + u) ** 2).mean() + ic.squeeze()
    loss.backward()  # expect: AGL003
    opt.step()
