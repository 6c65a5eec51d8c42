import torch

t = torch.randn(3) * 2
t.requires_grad_()
t.sum().backward()
print(t.grad)
