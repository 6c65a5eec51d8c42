import torch
from torch.autograd import gradcheck

torch.manual_seed(0)
x = torch.randn(3, dtype=torch.double, requires_grad=True)
assert gradcheck(torch.sigmoid, (x,))
