import torch
import torch.nn as nn


def normalise(series, layer):
    scaled = layer(series)
    scaled.requires_grad_(False)  # expect: AGL010
    return scaled


torch.manual_seed(10)
norm = nn.LayerNorm(24)
normalise(torch.randn(3, 24), norm)
