import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(6, 8), nn.Tanh(), nn.Linear(8, 3))
acts = {}


def forward_with_cache(x):
    h = x
    for i, layer in enumerate(net):
        h = layer(h)
        acts[f"layer{i}"] = h
    return h


criterion = nn.CrossEntropyLoss()
logits = forward_with_cache(torch.randn(4, 6))
loss = criterion(logits, torch.tensor([0, 1, 2, 1]))
loss.backward()
grad_stats = {}
for name, a in acts.items():
    g = a.grad  # expect: AGL001
    grad_stats[name] = None if g is None else g.abs().mean().item()
print(grad_stats)
