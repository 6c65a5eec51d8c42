"""Module.double() converts parameters in place; they stay leaves."""
import torch
from torch import nn

torch.manual_seed(6)
net = nn.Sequential(nn.Linear(1, 16), nn.Tanh(), nn.Linear(16, 1)).double()
opt = torch.optim.LBFGS(net.parameters(), max_iter=3)
t = torch.linspace(0, 1, 10, dtype=torch.float64).unsqueeze(1)


def closure():
    opt.zero_grad()
    loss = ((net(t) - t.exp()) ** 2).mean()
    loss.backward()
    return loss


opt.step(closure)
