import torch

torch.manual_seed(0)
w = torch.randn(3).view(3, 1).requires_grad_()
x = torch.randn(5, 3)
loss = (x @ w).pow(2).mean()
loss.backward()
print("grad:", w.grad)
