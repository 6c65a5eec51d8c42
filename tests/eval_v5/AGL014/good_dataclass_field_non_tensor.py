from dataclasses import dataclass

import torch
import torch.nn as nn


@dataclass
class LayerSpec:
    name: str
    require_grad: bool = True


torch.manual_seed(1)
specs = [LayerSpec("encoder", False), LayerSpec("head")]
layers = {"encoder": nn.Linear(4, 4), "head": nn.Linear(4, 2)}
for spec in specs:
    layers[spec.name].requires_grad_(spec.require_grad)
specs[0].require_grad = True
