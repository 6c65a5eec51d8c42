from dataclasses import dataclass

import torch


@dataclass
class ParamSpec:
    shape: tuple
    require_grad: bool = True


specs = [ParamSpec((3, 4)), ParamSpec((4,), require_grad=False)]
spec = specs[1]
spec.require_grad = True
params = [torch.zeros(s.shape, requires_grad=s.require_grad) for s in specs]
print([p.requires_grad for p in params])
