import torch
import torch.nn as nn

torch.manual_seed(8)
u = nn.Sequential(nn.Linear(1, 16), nn.Tanh(), nn.Linear(16, 1))
opt = torch.optim.Adam(u.parameters(), lr=1e-3)
x = torch.linspace(0, 1, 20).unsqueeze(1).requires_grad_()

for _ in range(3):
    out = u(x)
    du = torch.autograd.grad(out.sum(), x, create_graph=True)[0]
    physics = (du - torch.cos(x)).pow(2).mean()
    boundary = u(torch.zeros(1, 1)).pow(2).sum()
    (physics + boundary).backward()  # expect: AGL003
    opt.step()
