import torch
from torch.autograd import gradcheck

torch.manual_seed(0)
x = torch.randn(5).double().requires_grad_()
assert gradcheck(torch.special.expit, (x,))
