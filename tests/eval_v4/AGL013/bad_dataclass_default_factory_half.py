"""A dataclass holding a learnable scale created with requires_grad then halved."""
from dataclasses import dataclass, field

import torch


def half_scale() -> torch.Tensor:
    return torch.ones(4, requires_grad=True).half()  # expect: AGL013


@dataclass
class QuantState:
    scale: torch.Tensor = field(default_factory=half_scale)


torch.manual_seed(12)
state = QuantState()
opt = torch.optim.SGD([state.scale], lr=1e-3)
