import torch
from torch import nn

torch.manual_seed(0)
layers = nn.ModuleList([nn.Linear(4, 4) for _ in range(3)])
acts = {}
h = torch.randn(2, 4)
for i, layer in enumerate(layers):
    h = torch.tanh(layer(h))
    h.retain_grad()
    acts[i] = h
h.pow(2).sum().backward()
print({i: a.grad.abs().mean().item() for i, a in acts.items()})
