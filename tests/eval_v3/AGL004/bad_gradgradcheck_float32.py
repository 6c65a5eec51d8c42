import torch
from torch.autograd import gradgradcheck


def energy(pos):
    return (pos ** 3).sum(dim=-1)


torch.manual_seed(0)
pos = torch.rand(3, 2, requires_grad=True)
print(gradgradcheck(energy, (pos,), raise_exception=False))  # expect: AGL004
