import torch
from torch.autograd import gradcheck

torch.manual_seed(0)


def phase_energy(z):
    return (z * z.conj()).real.sum() + torch.angle(z + 3).sum()


z = torch.randn(4, dtype=torch.complex128, requires_grad=True)
assert gradcheck(phase_energy, (z,))
