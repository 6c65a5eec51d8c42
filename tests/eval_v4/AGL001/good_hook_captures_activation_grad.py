"""Activation gradients captured with Tensor.register_hook."""
import torch
from torch import nn

torch.manual_seed(7)
layers = nn.ModuleList([nn.Linear(4, 4) for _ in range(3)])
captured = {}
h = torch.randn(2, 4)
for i, layer in enumerate(layers):
    h = torch.tanh(layer(h))
    h.register_hook(lambda g, name=f"layer{i}": captured.__setitem__(name, g))
h.sum().backward()
print({name: g.norm().item() for name, g in captured.items()})
