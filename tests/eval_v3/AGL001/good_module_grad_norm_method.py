import torch as th
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.weight = nn.Parameter(th.randn(3, 2))

    def forward(self, x):
        return x @ self.weight

    def grad_norm(self):
        return self.weight.grad.norm().item()


th.manual_seed(0)
net = Net()
net(th.randn(4, 3)).pow(2).sum().backward()
print(net.grad_norm())
