import torch
from torch.autograd import gradcheck

torch.manual_seed(0)
a = torch.randn(3, dtype=torch.double, requires_grad=True)
b = torch.randn(3, dtype=torch.double, requires_grad=True)
assert gradcheck(lambda u, v: (u * v).sum(), (a, b))
