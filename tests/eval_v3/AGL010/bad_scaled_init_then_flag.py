import torch

torch.manual_seed(0)
w = torch.randn(3, 2, requires_grad=True) * 0.01
w.requires_grad = True  # expect: AGL010
x = torch.randn(4, 3)
(x @ w).sum().backward()
