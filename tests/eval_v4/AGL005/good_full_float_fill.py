"""Bias from torch.full with a float fill value."""
import torch

torch.manual_seed(8)
bias = torch.full((4,), 1.0, requires_grad=True)
x = torch.randn(3, 4)
(x + bias).sum().backward()
