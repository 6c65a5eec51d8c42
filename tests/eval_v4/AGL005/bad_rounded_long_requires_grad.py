"""Straight-through quantisation written wrongly: grads on the rounded integers."""
import torch

torch.manual_seed(13)
w = torch.randn(4, 4)
q = (w * 4).round().long()
q.requires_grad_(True)  # expect: AGL005
print(q.dtype)
