"""Weights made double after requires_grad, then handed to SGD."""
import torch

torch.manual_seed(0)
w = torch.randn(3, 4, requires_grad=True).double()  # expect: AGL013
opt = torch.optim.SGD([w], lr=0.1)
