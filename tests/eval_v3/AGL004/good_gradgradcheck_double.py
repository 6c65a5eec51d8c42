import torch
from torch.autograd import gradgradcheck


def energy(pos):
    return (pos ** 3).sum(dim=-1)


torch.manual_seed(0)
pos = torch.rand(3, 2, dtype=torch.float64, requires_grad=True)
assert gradgradcheck(energy, (pos,))
