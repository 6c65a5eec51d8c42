import torch
import torch.nn as nn

torch.manual_seed(0)

layers = nn.ModuleList(nn.Linear(4, 4) for _ in range(3))
x = torch.randn(2, 4)
activations = []
h = x
for layer in layers:
    h = torch.tanh(layer(h))
    h.retain_grad()
    activations.append(h)
h.sum().backward()
print([a.grad.norm().item() for a in activations])
