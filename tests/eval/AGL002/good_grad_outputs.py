import torch
from torch.autograd import grad

x = torch.linspace(-1, 1, 10, requires_grad=True)
y = torch.sin(x)
(dy_dx,) = grad(y, x, grad_outputs=torch.ones_like(y))
print(dy_dx)
