"""Ensemble members' outputs frozen in a loop before averaging."""
import torch
from torch import nn

torch.manual_seed(8)
members = [nn.Linear(3, 2) for _ in range(3)]
x = torch.randn(4, 3)
outputs = [m(x) for m in members]
for out in outputs:
    out.requires_grad_(False)  # expect: AGL010
mean_pred = torch.stack(outputs).mean(0)
