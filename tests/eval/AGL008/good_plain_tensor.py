import torch

x = torch.zeros(3)
x += 1
x[0] = 5.0
x.requires_grad_()
(x * 2).sum().backward()
print(x.grad)
