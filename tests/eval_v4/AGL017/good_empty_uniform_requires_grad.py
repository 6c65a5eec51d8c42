"""torch.empty(...).uniform_(...).requires_grad_() for regression weights."""
import torch

torch.manual_seed(1)
x, y = torch.randn(10, 4), torch.randn(10, 1)
w = torch.empty(4, 1).uniform_(-0.5, 0.5).requires_grad_()
b = torch.zeros(1, requires_grad=True)
((x @ w + b - y) ** 2).mean().backward()
