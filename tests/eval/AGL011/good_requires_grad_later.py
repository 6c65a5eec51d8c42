import torch

x = torch.randn(3)
x.requires_grad_()
y = (x ** 2).sum()
y.backward()
print(x.grad)
