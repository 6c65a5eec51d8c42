import torch

t = torch.linspace(0.0, 2.0, 9, requires_grad=True)
y = torch.sin(3 * t)
(dy,) = torch.autograd.grad(y.sum(), t)
print(dy)
