from dataclasses import dataclass, field

import torch


@dataclass
class Schedule:
    step: torch.Tensor = field(
        default_factory=lambda: torch.tensor(0.0, requires_grad=True)
    )


torch.manual_seed(10)
sched = Schedule()
(sched.step * 2).backward()
