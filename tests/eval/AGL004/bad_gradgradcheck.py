import torch
from torch.autograd import gradgradcheck

a = torch.rand(4, requires_grad=True)
print(gradgradcheck(lambda t: t.tanh() * t, (a,), raise_exception=False))  # expect: AGL004
