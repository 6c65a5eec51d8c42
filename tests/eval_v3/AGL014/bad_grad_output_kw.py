import torch

torch.manual_seed(0)
x = torch.randn(4, 3, requires_grad=True)
y = x.pow(3)
(dy_dx,) = torch.autograd.grad(y, x, grad_output=torch.ones_like(y))  # expect: AGL014
print(dy_dx)
