import torch
from torch.autograd import gradcheck

x = torch.randn(3, dtype=torch.double, requires_grad=True)
print(gradcheck(torch.sin, (x,)))
