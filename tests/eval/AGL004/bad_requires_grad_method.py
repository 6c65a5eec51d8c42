import torch
from torch.autograd import gradcheck

x = torch.randn(4).requires_grad_()
ok = gradcheck(torch.sigmoid, (x,), raise_exception=False)  # expect: AGL004
print(ok)
