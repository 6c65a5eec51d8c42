import torch

x = torch.linspace(0, 1, 4)
x.requires_grad_()
x.sum().backward()
print(x.grad)
