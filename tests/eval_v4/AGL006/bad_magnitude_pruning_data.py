"""Magnitude pruning that zeroes small weights through .data."""
import torch
from torch import nn


class Pruner:
    def __init__(self, layer: nn.Linear, sparsity: float) -> None:
        self.layer = layer
        self.sparsity = sparsity

    def apply(self) -> None:
        w = self.layer.weight
        threshold = w.detach().abs().flatten().kthvalue(int(self.sparsity * w.numel())).values
        mask = (w.detach().abs() > threshold).float()
        self.layer.weight.data *= mask  # expect: AGL006


torch.manual_seed(5)
fc = nn.Linear(6, 6)
Pruner(fc, 0.5).apply()
print((fc.weight == 0).sum().item())
