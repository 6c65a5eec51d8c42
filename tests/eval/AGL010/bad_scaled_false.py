import torch

x = torch.randn(3, requires_grad=True)
y = x * 2
y.requires_grad = False  # expect: AGL010
