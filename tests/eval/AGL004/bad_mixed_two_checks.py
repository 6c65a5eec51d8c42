import torch
from torch.autograd import gradcheck, gradgradcheck


def swish(t):
    return t * torch.sigmoid(t)


x = torch.randn(6, requires_grad=True)
first = gradcheck(swish, (x,), raise_exception=False)  # expect: AGL004
second = gradgradcheck(swish, (x,), raise_exception=False)  # expect: AGL004
print(first, second)
