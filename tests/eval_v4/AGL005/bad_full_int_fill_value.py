"""A bias initialised with torch.full and an integer fill value (int64)."""
import torch

torch.manual_seed(8)
bias = torch.full((4,), 1, requires_grad=True)  # expect: AGL005
x = torch.randn(3, 4)
out = x + bias
