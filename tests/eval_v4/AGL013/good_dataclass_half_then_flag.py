"""A dataclass whose scale is created in float16 and flagged afterwards."""
from dataclasses import dataclass, field

import torch


def half_scale() -> torch.Tensor:
    return torch.ones(4, dtype=torch.float16).requires_grad_()


@dataclass
class QuantState:
    scale: torch.Tensor = field(default_factory=half_scale)


torch.manual_seed(12)
state = QuantState()
opt = torch.optim.SGD([state.scale], lr=1e-3)
print(state.scale.is_leaf)
