import torch
from torch import nn


def test_freeze_parameter():
    layer = nn.Linear(2, 2)
    p = layer.weight
    p.requires_grad = False  # claim: AGL010 p.requires_grad
