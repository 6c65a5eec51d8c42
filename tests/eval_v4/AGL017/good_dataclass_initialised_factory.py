"""A dataclass whose bias factory initialises the empty tensor."""
from dataclasses import dataclass, field

import torch


def make_bias() -> torch.Tensor:
    bias = torch.empty(3)
    torch.nn.init.constant_(bias, 0.1)
    return bias.requires_grad_()


@dataclass
class Head:
    weight: torch.Tensor = field(default_factory=lambda: torch.randn(4, 3, requires_grad=True))
    bias: torch.Tensor = field(default_factory=make_bias)


torch.manual_seed(6)
head = Head()
(torch.randn(2, 4) @ head.weight + head.bias).sum().backward()
