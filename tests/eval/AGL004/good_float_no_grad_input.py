import torch
from torch.autograd import gradcheck


def scaled(x, scale):
    return x * scale.to(x.dtype)


x = torch.randn(5, dtype=torch.float64, requires_grad=True)
scale = torch.rand(5)
print(gradcheck(scaled, (x, scale)))
