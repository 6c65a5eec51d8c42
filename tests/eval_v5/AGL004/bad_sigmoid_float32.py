import torch
from torch.autograd import gradcheck

torch.manual_seed(0)
x = torch.randn(3, requires_grad=True)
ok = gradcheck(torch.sigmoid, (x,), raise_exception=False)  # expect: AGL004
print(ok)
