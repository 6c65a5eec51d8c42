from dataclasses import dataclass

import torch
import torch.nn as nn

torch.manual_seed(0)


@dataclass
class LayerSpec:
    width: int
    require_grad: bool = True


specs = [LayerSpec(4), LayerSpec(4, require_grad=False)]
layers = nn.ModuleList(nn.Linear(4, s.width) for s in specs)
for spec, layer in zip(specs, layers, strict=True):
    layer.requires_grad_(spec.require_grad)
print([p.requires_grad for p in layers.parameters()])
