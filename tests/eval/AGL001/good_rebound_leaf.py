import torch

x = torch.randn(4, 3)
w = torch.randn(3, requires_grad=True)
h = x @ w
print(h.shape)
h = torch.randn(4, requires_grad=True)
(h * 3).sum().backward()
print(h.grad)
