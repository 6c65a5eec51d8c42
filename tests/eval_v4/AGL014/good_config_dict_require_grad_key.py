"""A layer config dict that happens to use the key 'require_grad'."""
import torch
from torch import nn

torch.manual_seed(0)
layer_cfg = {"fc1": {"require_grad": False}, "fc2": {"require_grad": True}}
model = nn.ModuleDict({"fc1": nn.Linear(3, 3), "fc2": nn.Linear(3, 1)})
for name, cfg in layer_cfg.items():
    model[name].requires_grad_(cfg["require_grad"])
print([p.requires_grad for p in model.parameters()])
