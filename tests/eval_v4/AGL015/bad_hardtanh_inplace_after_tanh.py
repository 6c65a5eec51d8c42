"""Bounded decoder: an in-place Hardtanh right after a Tanh layer."""
import torch
from torch import nn

torch.manual_seed(2)
decoder = nn.Sequential(
    nn.Linear(3, 6),
    nn.Tanh(),
    nn.Hardtanh(-0.5, 0.5, inplace=True),  # expect: AGL015
    nn.Linear(6, 2),
)
loss = decoder(torch.randn(4, 3)).pow(2).mean()
loss.backward()
