import torch

torch.manual_seed(0)
x = torch.randn(4, 3, requires_grad=True)
energy = (x ** 2).sum(dim=1)
(force,) = torch.autograd.grad(energy.sum(), x)
print(force.shape)
