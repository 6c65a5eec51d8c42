from dataclasses import dataclass, field

import torch

torch.manual_seed(0)


def _ones():
    return torch.ones(3, dtype=torch.float64, requires_grad=True)


def _zeros():
    return torch.zeros(3, dtype=torch.float64, requires_grad=True)


@dataclass
class Calibration:
    scale: torch.Tensor = field(default_factory=_ones)
    shift: torch.Tensor = field(default_factory=_zeros)

    def __call__(self, x):
        return x * self.scale + self.shift


calib = Calibration()
opt = torch.optim.SGD([calib.scale, calib.shift], lr=0.1)
calib(torch.randn(2, 3, dtype=torch.float64)).sum().backward()
opt.step()
