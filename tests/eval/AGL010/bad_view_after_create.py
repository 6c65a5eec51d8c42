import torch

h = torch.randn(6, requires_grad=True).view(2, 3)
h.requires_grad = False  # expect: AGL010
