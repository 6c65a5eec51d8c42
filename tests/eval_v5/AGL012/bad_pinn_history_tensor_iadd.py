import torch
import torch.nn as nn

torch.manual_seed(10)
net = nn.Sequential(nn.Linear(1, 12), nn.Tanh(), nn.Linear(12, 1))
opt = torch.optim.Adam(net.parameters(), lr=1e-3)
history = torch.tensor(0.0)
for _ in range(3):
    x = torch.rand(16, 1, requires_grad=True)
    u = net(x)
    u_x = torch.autograd.grad(u.sum(), x, create_graph=True)[0]
    loss = (u_x + u).pow(2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    history += loss  # expect: AGL012
