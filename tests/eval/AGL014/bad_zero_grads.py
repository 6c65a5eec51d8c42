import torch
from torch import nn, optim

net = nn.Linear(2, 2)
opt = optim.SGD(net.parameters(), lr=0.01)
for _ in range(2):
    opt.zero_grads()  # expect: AGL014
    net(torch.randn(3, 2)).sum().backward()
    opt.step()
