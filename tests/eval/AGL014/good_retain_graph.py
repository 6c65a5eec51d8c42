import torch
from torch import nn, optim

net = nn.Linear(2, 2)
opt = optim.SGD(net.parameters(), lr=0.01)
x = torch.randn(3, 2, requires_grad=True)
y = (net(x).exp() * x).sum()
opt.zero_grad()
y.backward(retain_graph=True)
y.backward()
opt.step()
