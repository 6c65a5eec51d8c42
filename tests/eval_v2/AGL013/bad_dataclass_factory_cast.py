from dataclasses import dataclass, field

import torch

torch.manual_seed(0)


@dataclass
class Calibration:
    scale: torch.Tensor = field(
        default_factory=lambda: torch.ones(3, requires_grad=True).double()  # expect: AGL013
    )
    shift: torch.Tensor = field(
        default_factory=lambda: torch.zeros(3, dtype=torch.float64, requires_grad=True)
    )

    def __call__(self, x):
        return x * self.scale + self.shift


calib = Calibration()
opt = torch.optim.SGD([calib.scale, calib.shift], lr=0.1)
