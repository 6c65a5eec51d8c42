"""Normalised features squashed with sigmoid, then centred in place."""
import torch
from torch import nn

torch.manual_seed(14)
bn = nn.BatchNorm1d(4)
fc = nn.Linear(4, 1)
x = torch.sigmoid(bn(torch.randn(8, 4)))
x.sub_(0.5)  # expect: AGL015
fc(x).pow(2).mean().backward()
