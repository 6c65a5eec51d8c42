from dataclasses import dataclass, field

import torch


@dataclass
class Gaussian:
    mean_init: torch.Tensor
    mean: torch.Tensor = field(init=False)

    def __post_init__(self):
        self.mean = torch.tensor(self.mean_init, requires_grad=True)  # expect: AGL016


torch.manual_seed(4)
g = Gaussian(torch.zeros(2))
(torch.randn(5, 2) - g.mean).pow(2).sum().backward()
