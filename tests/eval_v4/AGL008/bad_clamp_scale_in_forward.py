"""A learnable scale clamped in place inside forward()."""
import torch
from torch import nn


class ScaledTanh(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.scale = nn.Parameter(torch.tensor([0.05, 2.0, 1.0]))

    def forward(self, x):
        self.scale.clamp_(min=0.1)  # expect: AGL008
        return torch.tanh(x) * self.scale


torch.manual_seed(4)
print(ScaledTanh()(torch.randn(2, 3)))
