import torch
import torch.nn as nn

torch.manual_seed(0)


class Block(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.fc = nn.Linear(d, d)
        self.shift = nn.Parameter(torch.zeros(d))

    def forward(self, x):
        h = self.fc(x)
        h += self.shift
        h.mul_(0.5)
        return h


out = Block(4)(torch.randn(2, 4))
out.sum().backward()
