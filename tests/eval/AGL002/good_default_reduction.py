import torch
from torch import nn, optim


def train_step(model, opt, x, y):
    opt.zero_grad()
    loss = nn.functional.l1_loss(model(x), y)
    loss.backward()
    opt.step()
    return loss.item()


net = nn.Linear(3, 1)
print(train_step(net, optim.SGD(net.parameters(), lr=0.1), torch.randn(6, 3), torch.randn(6, 1)))
