"""Logistic regression from scratch; the weights never got requires_grad."""
import torch

torch.manual_seed(9)
x = torch.randn(20, 3)
y = (x.sum(1) > 0).float()
w = torch.zeros(3)
b = torch.zeros(1)
loss = torch.nn.functional.binary_cross_entropy_with_logits(x @ w + b, y)
loss.backward()  # expect: AGL011
