"""Bias vector created as long by copy-paste from an index buffer."""
import torch

torch.manual_seed(6)
w = torch.randn(4, 3, requires_grad=True)
b = torch.zeros(3, dtype=torch.long, requires_grad=True)  # expect: AGL005
out = torch.randn(2, 4) @ w + b
