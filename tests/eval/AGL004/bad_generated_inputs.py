import torch
from torch.autograd import gradcheck


def bilinear(a, b):
    return (a * b).sum(dim=-1)


inputs = tuple(torch.randn(2, 4, requires_grad=True) for _ in range(2))
result = gradcheck(bilinear, inputs, raise_exception=False)  # expect: AGL004
print(result)
