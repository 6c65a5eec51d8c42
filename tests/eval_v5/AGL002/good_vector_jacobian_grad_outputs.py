import torch

torch.manual_seed(18)
x = torch.randn(4, requires_grad=True)
y = x.exp() * x
v = torch.tensor([1.0, 0.0, -1.0, 0.5])
(vjp,) = torch.autograd.grad(y, x, grad_outputs=v)
print(vjp)
