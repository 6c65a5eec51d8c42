"""Logistic regression from scratch with requires_grad=True weights."""
import torch

torch.manual_seed(9)
x = torch.randn(20, 3)
y = (x.sum(1) > 0).float()
w = torch.zeros(3, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
loss = torch.nn.functional.binary_cross_entropy_with_logits(x @ w + b, y)
loss.backward()
