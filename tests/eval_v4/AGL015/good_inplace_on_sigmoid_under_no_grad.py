"""Inference: sigmoid outputs thresholded in place under no_grad."""
import torch
from torch import nn

torch.manual_seed(6)
seg = nn.Conv2d(1, 1, 3, padding=1)
with torch.no_grad():
    mask = torch.sigmoid(seg(torch.randn(1, 1, 5, 5)))
    mask[mask < 0.5] = 0.0
    mask.mul_(255)
print(mask.max())
