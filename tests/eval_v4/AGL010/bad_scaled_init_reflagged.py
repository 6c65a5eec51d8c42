"""Weights scaled after creation, then flagged again 'to be sure'."""
import torch

torch.manual_seed(3)
w = torch.randn(4, 3, requires_grad=True) * 0.01
w.requires_grad = True  # expect: AGL010
x = torch.randn(2, 4)
(x @ w).sum().backward()
