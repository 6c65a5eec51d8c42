import torch
from torch.autograd import gradgradcheck

torch.manual_seed(3)


def energy(x):
    return (x.sin() * x).sum(dim=-1)


pos = torch.randn(2, 3, dtype=torch.double, requires_grad=True)
assert gradgradcheck(energy, (pos,))
