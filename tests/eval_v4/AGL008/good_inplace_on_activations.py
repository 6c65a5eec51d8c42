"""In-place ops on non-leaf activations after a Linear layer."""
import torch
from torch import nn


class Block(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.fc = nn.Linear(4, 4)

    def forward(self, x):
        h = self.fc(x)
        h += x
        h.mul_(0.5)
        return h


torch.manual_seed(1)
Block()(torch.randn(3, 4)).pow(2).sum().backward()
