import torch

w = torch.randn(3, 1, requires_grad=True)
x = torch.randn(5, 3)
loss = (x @ w).pow(2).mean()
loss.backward()
print("grad of w:", w.grad)
