"""Module backward hook records grad_output instead of reading a non-leaf .grad."""
import torch
from torch import nn

torch.manual_seed(11)
model = nn.Sequential(nn.Linear(5, 4), nn.ReLU(), nn.Linear(4, 2))
seen = []
model[2].register_full_backward_hook(lambda mod, gin, gout: seen.append(gout[0].norm().item()))
model(torch.randn(3, 5)).sum().backward()
print(seen, model[0].weight.grad.shape)
