import torch
from torch.autograd import grad

torch.manual_seed(0)

x = torch.randn(6, 2, requires_grad=True)
potential = (x ** 2).sum(-1) + torch.sin(x[:, 0])
(field,) = grad(potential, x, create_graph=True)  # expect: AGL002
print(field.shape)
