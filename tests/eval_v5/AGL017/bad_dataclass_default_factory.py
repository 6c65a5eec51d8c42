from dataclasses import dataclass, field

import torch
import torch.nn as nn


@dataclass
class PriorState:
    dim: int = 4
    log_scale: nn.Parameter = field(
        default_factory=lambda: nn.Parameter(torch.empty(4))  # expect: AGL017
    )


torch.manual_seed(2)
state = PriorState()
z = torch.randn(6, 4)
nll = (z / state.log_scale.exp()).pow(2).sum() + state.log_scale.sum()
nll.backward()
