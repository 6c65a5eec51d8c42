import torch
from torch.autograd import gradcheck

torch.manual_seed(0)


def bilinear(x, w):
    return x @ w @ x.t()


x = torch.randn(2, 3, dtype=torch.double, requires_grad=True)
w = torch.randn(3, 3, requires_grad=True)
gradcheck(lambda a, b: bilinear(a, b.double()), (x, w), raise_exception=False)  # expect: AGL004
