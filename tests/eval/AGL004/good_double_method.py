import torch
from torch.autograd import gradcheck

x = torch.randn(4).double().requires_grad_()
assert gradcheck(torch.sigmoid, (x,))
