import torch
import torch.nn as nn

layer = nn.Linear(3, 2)
loss = layer(torch.randn(4, 3)).sum()
loss.backward()
for name, p in layer.named_parameters():
    print(name, p.grad.norm())
print(layer.weight.grad.shape)
