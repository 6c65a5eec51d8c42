"""PINN training tracks each loss component across iterations as tensors."""
import torch
from torch import nn

torch.manual_seed(8)
net = nn.Sequential(nn.Linear(1, 16), nn.Tanh(), nn.Linear(16, 1))
opt = torch.optim.Adam(net.parameters(), lr=1e-3)
t = torch.linspace(0, 1, 20).unsqueeze(1).requires_grad_()
components = {"pde": 0.0, "ic": 0.0}
for _ in range(3):
    u = net(t)
    du = torch.autograd.grad(u, t, torch.ones_like(u), create_graph=True)[0]
    pde = ((du + u) ** 2).mean()
    ic = ((net(torch.zeros(1, 1)) - 1.0) ** 2).mean()
    opt.zero_grad()
    (pde + ic).backward()
    opt.step()
    components["pde"] += pde  # expect: AGL012
    components["ic"] += ic.item()
print(components)
