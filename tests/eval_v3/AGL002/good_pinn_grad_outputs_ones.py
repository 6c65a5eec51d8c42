import torch
from torch import nn

torch.manual_seed(0)
u_net = nn.Sequential(nn.Linear(1, 16), nn.Tanh(), nn.Linear(16, 1))
x = torch.linspace(0, 1, 12).unsqueeze(1).requires_grad_()


def residual(x):
    u = u_net(x)
    du_dx = torch.autograd.grad(u, x, grad_outputs=torch.ones_like(u), create_graph=True)[0]
    return du_dx + u


loss = residual(x).pow(2).mean()
loss.backward()
print(loss.item())
