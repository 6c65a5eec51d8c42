"""Second-order check of softplus squared in float64."""
import torch
from torch.autograd import gradgradcheck


def softplus_sq(x):
    return torch.nn.functional.softplus(x) ** 2


torch.manual_seed(2)
x = torch.rand(4, dtype=torch.float64, requires_grad=True)
assert gradgradcheck(softplus_sq, (x,))
