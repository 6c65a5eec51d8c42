"""A module's float32 parameter used as a gradcheck input."""
import torch
from torch import nn


class Scale(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.log_scale = nn.Parameter(torch.zeros(4))

    def forward(self, x):
        return x * self.log_scale.exp()


torch.manual_seed(8)
mod = Scale()
x = torch.randn(4, dtype=torch.float64)


def scaled(s):
    return x * s.exp()


ok = torch.autograd.gradcheck(scaled, (mod.log_scale,), raise_exception=False)  # expect: AGL004
