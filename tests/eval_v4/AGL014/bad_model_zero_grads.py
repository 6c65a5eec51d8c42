"""A manual SGD step that first resets through model.zero_grads()."""
import torch
from torch import nn

torch.manual_seed(6)
model = nn.Sequential(nn.Linear(2, 4), nn.Tanh(), nn.Linear(4, 1))
model.zero_grads()  # expect: AGL014
model(torch.randn(8, 2)).pow(2).mean().backward()
with torch.no_grad():
    for p in model.parameters():
        p -= 0.1 * p.grad
