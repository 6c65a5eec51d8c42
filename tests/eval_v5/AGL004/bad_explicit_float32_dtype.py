import torch
from torch.autograd import gradcheck

torch.manual_seed(69)
x = torch.randn(2, 3, dtype=torch.float32, requires_grad=True)
gradcheck(lambda t: t.logsumexp(dim=1), (x,), raise_exception=False)  # expect: AGL004
