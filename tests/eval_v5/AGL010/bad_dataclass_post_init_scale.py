from dataclasses import dataclass, field

import torch


@dataclass
class Calibrator:
    n: int
    temperature: torch.Tensor = field(init=False)

    def __post_init__(self):
        base = torch.zeros(self.n, requires_grad=True)
        self.temperature = base.exp()
        self.temperature.requires_grad = True  # expect: AGL010


torch.manual_seed(6)
Calibrator(3)
