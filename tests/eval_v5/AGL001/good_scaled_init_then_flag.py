import torch

torch.manual_seed(1)
W = (torch.randn(4, 2) * 0.01).requires_grad_()
x = torch.randn(8, 4)
y = torch.randn(8, 2)
loss = ((x @ W) - y).pow(2).mean()
loss.backward()
with torch.no_grad():
    W -= 0.1 * W.grad
