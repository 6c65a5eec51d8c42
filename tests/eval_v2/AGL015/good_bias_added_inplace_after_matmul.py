import torch

torch.manual_seed(0)

w = torch.randn(4, 3, requires_grad=True)
b = torch.zeros(3, requires_grad=True)
x = torch.randn(6, 4)
out = x @ w
out += b
out.mul_(0.5)
torch.tanh(out).sum().backward()
print(w.grad.shape, b.grad.shape)
