import torch

base = torch.randn(3, requires_grad=True)
start = (base * 2).detach().requires_grad_()
loss = (start ** 3).sum()
loss.backward()
print(start.grad)
