import torch
from torch.autograd import gradcheck

x = torch.randn(3, requires_grad=True)
print(gradcheck(torch.sin, (x,)))  # expect: AGL004
