import torch

torch.manual_seed(0)
x = torch.randn(5, requires_grad=True)
w = torch.randn(5, requires_grad=True)
energy = (torch.tanh(x * w) ** 2).sum()
(dx,) = torch.autograd.grad(energy, x, retain_graph=True)
energy.backward()
print(dx, w.grad)
