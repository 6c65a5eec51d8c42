"""Collect activations in a dict and summarise their gradients afterwards."""
import torch
from torch import nn

torch.manual_seed(7)
layers = nn.ModuleList([nn.Linear(4, 4) for _ in range(3)])
acts = {}
h = torch.randn(2, 4)
for i, layer in enumerate(layers):
    h = torch.tanh(layer(h))
    acts[f"layer{i}"] = h
h.sum().backward()
grads = {name: a.grad for name, a in acts.items()}  # expect: AGL001
print(grads)
