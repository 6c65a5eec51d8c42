import torch
from torch.autograd import gradgradcheck

torch.manual_seed(3)


def energy(x):
    return (x.sin() * x).sum(dim=-1)


pos = torch.randn(2, 3, requires_grad=True)
print(gradgradcheck(energy, (pos,), raise_exception=False))  # expect: AGL004
