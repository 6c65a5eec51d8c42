import torch
from torch.autograd import gradcheck

torch.manual_seed(8)
w = torch.randn(3, dtype=torch.float64, requires_grad=True)
bias = torch.zeros(3, requires_grad=True)


def affine(w, bias):
    return w * 2.0 + bias.double()


print(gradcheck(affine, (w, bias), raise_exception=False))  # expect: AGL004
