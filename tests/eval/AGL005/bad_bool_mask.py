import torch

x = torch.randn(6)
mask = x > 0
mask.requires_grad_()  # expect: AGL005
print((x * mask).sum())
