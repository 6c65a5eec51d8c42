import torch

x = torch.randn(3)
t = x.double()
t.requires_grad_()
(t ** 2).sum().backward()
print(t.grad)
