"""Bilinear form checked with a double matrix but a float32 vector that requires grad."""
import torch

torch.manual_seed(3)


def bilinear(a, v):
    return v.double() @ a @ v.double()


a = torch.randn(3, 3, dtype=torch.float64, requires_grad=True)
v = torch.randn(3, requires_grad=True)
torch.autograd.gradcheck(bilinear, (a, v), raise_exception=False)  # expect: AGL004
