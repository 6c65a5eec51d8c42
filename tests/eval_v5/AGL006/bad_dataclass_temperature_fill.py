from dataclasses import dataclass, field

import torch


@dataclass
class Calibration:
    log_t: torch.Tensor = field(default_factory=lambda: torch.zeros(1, requires_grad=True))

    def reset(self, value):
        self.log_t.data.fill_(value)  # expect: AGL006


torch.manual_seed(9)
cal = Calibration()
cal.reset(0.5)
(torch.randn(4) / cal.log_t.exp()).sum().backward()
