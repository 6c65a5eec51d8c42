import torch

torch.manual_seed(0)
x = torch.randn(5, requires_grad=True)
w = torch.randn(5, requires_grad=True)
energy = (torch.tanh(x * w) ** 2).sum()
dx, dw = torch.autograd.grad(energy, (x, w))
print(dx, dw)
