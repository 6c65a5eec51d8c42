import torch
import torch.nn as nn

torch.manual_seed(15)
captured = {}
layer = nn.Linear(4, 4)
head = nn.Linear(4, 1)
h = torch.relu(layer(torch.randn(2, 4)))
h.register_hook(lambda g: captured.setdefault("h", g))
head(h).sum().backward()
print(captured["h"].shape, layer.weight.grad.shape)
