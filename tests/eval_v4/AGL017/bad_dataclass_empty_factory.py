"""A dataclass holding a learnable bias vector from torch.empty."""
from dataclasses import dataclass, field

import torch


def make_bias() -> torch.Tensor:
    return torch.empty(3, requires_grad=True)  # expect: AGL017


@dataclass
class Head:
    weight: torch.Tensor = field(default_factory=lambda: torch.randn(4, 3, requires_grad=True))
    bias: torch.Tensor = field(default_factory=make_bias)


torch.manual_seed(6)
head = Head()
(torch.randn(2, 4) @ head.weight + head.bias).sum().backward()
