"""Asks for 50 GB: the address-space limit makes the allocation fail."""
import torch

buffer = torch.empty(50 * 1024**3, dtype=torch.uint8)
y = torch.ones(3, requires_grad=True) * 2
y.backward()
