import torch
from torch.autograd import gradcheck


def check_op(fn, *shapes):
    args = [torch.randn(*shape, requires_grad=True) for shape in shapes]
    return gradcheck(fn, args, raise_exception=False)  # expect: AGL004


def pairwise_dist(a, b):
    return torch.cdist(a, b)


torch.manual_seed(0)
print(check_op(pairwise_dist, (3, 2), (4, 2)))
