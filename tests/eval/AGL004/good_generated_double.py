import torch
from torch.autograd import gradcheck


def bilinear(a, b):
    return (a * b).sum(dim=-1)


inputs = tuple(torch.randn(2, 4, dtype=torch.float64, requires_grad=True) for _ in range(2))
print(gradcheck(bilinear, inputs))
