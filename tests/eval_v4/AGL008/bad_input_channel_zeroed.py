"""Occlusion test that zeroes a channel of an input that requires grad."""
import torch
from torch import nn

torch.manual_seed(14)
model = nn.Sequential(nn.Conv2d(3, 2, 3), nn.Flatten(), nn.LazyLinear(2))
x = torch.rand(1, 3, 6, 6, requires_grad=True)
x[:, 0] = 0.0  # expect: AGL008
model(x).sum().backward()
