import torch
from torch.autograd import grad

x = torch.randn(4, requires_grad=True)
y = (x ** 2).sum()
(g1,) = grad(y, x, retain_graph=True)
(g2,) = grad(y, x)
print(g1, g2)
