import torch
from torch.autograd import gradcheck

torch.manual_seed(0)
x = torch.randn(4)
x64 = x.detach().to(torch.float64).requires_grad_()
print(gradcheck(torch.tanh, (x64,)))
