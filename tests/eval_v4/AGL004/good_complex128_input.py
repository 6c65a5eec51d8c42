"""A complex128 input is accepted by gradcheck's precision requirement."""
import torch

torch.manual_seed(5)


def power_spectrum(z):
    return (z * z.conj()).real


z = torch.randn(4, dtype=torch.complex128, requires_grad=True)
assert torch.autograd.gradcheck(power_spectrum, (z,))
