"""Straight-through rounding: the float weights require grad, the rounding is detached."""
import torch

torch.manual_seed(13)
w = torch.randn(4, 4, requires_grad=True)
q = w + ((w * 4).round() / 4 - w).detach()
q.pow(2).sum().backward()
print(w.grad.shape)
