"""Magnitude pruning applied in place under no_grad."""
import torch
from torch import nn

torch.manual_seed(5)
fc = nn.Linear(6, 6)
threshold = fc.weight.detach().abs().flatten().kthvalue(18).values
with torch.no_grad():
    fc.weight.mul_((fc.weight.abs() > threshold).float())
print((fc.weight == 0).sum().item())
