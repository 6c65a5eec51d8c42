import torch
from torch import nn, optim


def train_step(model, opt, x, y):
    opt.zero_grad()
    err = (model(x) - y).abs()
    err.backward()  # expect: AGL002
    opt.step()


net = nn.Linear(3, 1)
train_step(net, optim.SGD(net.parameters(), lr=0.1), torch.randn(6, 3), torch.randn(6, 1))
