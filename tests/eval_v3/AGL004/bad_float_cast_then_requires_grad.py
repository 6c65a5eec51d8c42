import torch
from torch.autograd import gradcheck

torch.manual_seed(0)
base = torch.randn(5, dtype=torch.float64)
x = base.float().requires_grad_()
check = gradcheck(torch.special.expit, (x,), raise_exception=False)  # expect: AGL004
print(check)
