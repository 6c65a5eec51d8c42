import torch
import torch.nn as nn

torch.manual_seed(0)


class Block(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.fc = nn.Linear(d, d)
        self.act = nn.Tanh()

    def forward(self, x):
        h = self.act(self.fc(x))
        h += x  # expect: AGL015
        return h


net = nn.Sequential(Block(4), Block(4))
net(torch.randn(3, 4)).pow(2).mean().backward()
