import torch
from torch.autograd import gradcheck

torch.manual_seed(0)
a = torch.randn(3, requires_grad=True)
b = torch.randn(3, dtype=torch.double, requires_grad=True)
result = gradcheck(lambda u, v: (u.double() * v).sum(), (a, b))  # expect: AGL004
print(result)
