"""Inputs cast to double first, then marked with requires_grad_()."""
import torch

torch.manual_seed(4)


def log_cosh(x):
    return torch.log(torch.cosh(x)).sum()


x = torch.rand(6).double().requires_grad_()
assert torch.autograd.gradcheck(log_cosh, (x,))
