import torch
from torch.autograd import gradgradcheck

a = torch.rand(4, dtype=torch.float64, requires_grad=True)
print(gradgradcheck(lambda t: t.tanh() * t, (a,)))
