import torch
from torch.autograd import gradgradcheck


def softplus_sq(x):
    return torch.nn.functional.softplus(x) ** 2


torch.manual_seed(0)
x = torch.rand(4, requires_grad=True)
gradgradcheck(softplus_sq, (x,))  # expect: AGL004
