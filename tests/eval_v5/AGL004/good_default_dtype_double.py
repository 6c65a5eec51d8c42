import torch
from torch.autograd import gradcheck

torch.manual_seed(24)
x = torch.randn(3, 3, dtype=torch.double).requires_grad_()
assert gradcheck(lambda m: torch.linalg.matrix_exp(m).sum(), (x,))
