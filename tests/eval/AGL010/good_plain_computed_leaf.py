import torch

x = torch.randn(3)
y = x * 2 + 1
y.requires_grad = True
(y ** 2).sum().backward()
print(y.grad)
