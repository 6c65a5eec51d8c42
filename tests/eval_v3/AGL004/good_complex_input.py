import torch
from torch.autograd import gradcheck


def power(z):
    return (z * z.conj()).real.sum()


torch.manual_seed(0)
z = torch.randn(3, dtype=torch.complex128, requires_grad=True)
assert gradcheck(power, (z,))
