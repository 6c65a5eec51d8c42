"""A dataclass turns its initial guess into a leaf with torch.tensor()."""
from dataclasses import dataclass

import torch


@dataclass
class Calibration:
    initial: torch.Tensor

    def __post_init__(self) -> None:
        self.params = torch.tensor(self.initial, requires_grad=True)  # expect: AGL016


torch.manual_seed(7)
calib = Calibration(torch.ones(2))
print(calib.params)
