"""A dataclass with a require_grad field on a plain Python object."""
from dataclasses import dataclass

import torch
from torch import nn


@dataclass
class FreezeSpec:
    prefix: str
    require_grad: bool


torch.manual_seed(1)
model = nn.Sequential(nn.Linear(2, 2), nn.Linear(2, 1))
spec = FreezeSpec(prefix="0.", require_grad=False)
spec.require_grad = True
for name, p in model.named_parameters():
    if name.startswith(spec.prefix):
        p.requires_grad = spec.require_grad
