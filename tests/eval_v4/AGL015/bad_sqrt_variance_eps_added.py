"""Predicted standard deviation from sqrt, with epsilon added in place."""
import torch
from torch import nn

torch.manual_seed(9)
var_head = nn.Sequential(nn.Linear(3, 1), nn.Softplus())
y = torch.randn(8, 1)
x = torch.randn(8, 3)
std = torch.sqrt(var_head(x))
std += 1e-3  # expect: AGL015
nll = (torch.log(std) + 0.5 * (y / std) ** 2).mean()
nll.backward()
