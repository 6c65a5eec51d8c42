import torch
from torch.autograd import gradcheck


def bilinear(a, b, w):
    return torch.einsum("i,ij,j->", a, w, b)


torch.manual_seed(0)
shapes = [(3,), (4,), (3, 4)]
inputs = tuple(torch.randn(*s, requires_grad=True) for s in shapes)
print(gradcheck(bilinear, inputs, raise_exception=False))  # expect: AGL004
