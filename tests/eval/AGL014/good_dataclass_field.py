from dataclasses import dataclass

import torch


@dataclass
class LayerSpec:
    size: int
    require_grad: bool = True


spec = LayerSpec(4)
spec.require_grad = False
w = torch.zeros(spec.size, requires_grad=spec.require_grad)
print(w.requires_grad)
