import torch
from torch.autograd import gradcheck

torch.manual_seed(7)
base = torch.randn(5, dtype=torch.float64)
x = base.float().requires_grad_()
gradcheck(torch.tanh, (x,), raise_exception=False)  # expect: AGL004
