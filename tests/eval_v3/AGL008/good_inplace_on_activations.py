import torch
from torch import nn


class Block(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.fc = nn.Linear(d, d)

    def forward(self, x):
        h = self.fc(x)
        h += x
        h.mul_(0.5)
        return h


torch.manual_seed(0)
block = Block(4)
block(torch.randn(3, 4)).sum().backward()
print(block.fc.weight.grad.shape)
