import torch

torch.manual_seed(16)
w = torch.randn(3, requires_grad=True) * 0.1
w = w.detach().requires_grad_()
x = torch.randn(4, 3)
(x @ w).sum().backward()
print(w.grad)
