"""A gated unit multiplies hidden by gate; hidden is then scaled in place."""
import torch
from torch import nn


class GatedUnit(nn.Module):
    def __init__(self, d: int) -> None:
        super().__init__()
        self.value = nn.Linear(d, d)
        self.gate = nn.Linear(d, d)

    def forward(self, x):
        hidden = self.value(x)
        out = hidden * torch.sigmoid(self.gate(x))
        hidden.mul_(0.5)  # expect: AGL015
        return out + hidden


torch.manual_seed(6)
GatedUnit(4)(torch.randn(2, 4)).sum().backward()
