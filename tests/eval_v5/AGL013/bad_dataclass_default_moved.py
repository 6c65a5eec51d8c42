from dataclasses import dataclass, field

import torch


@dataclass
class KernelParams:
    lengthscale: torch.Tensor = field(
        default_factory=lambda: torch.tensor(0.5, requires_grad=True).double()  # expect: AGL013
    )


torch.manual_seed(7)
params = KernelParams()
opt = torch.optim.LBFGS([params.lengthscale])
