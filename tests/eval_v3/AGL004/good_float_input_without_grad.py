import torch
from torch.autograd import gradcheck


def weighted_sum(x, mask):
    return (x * mask.to(x.dtype)).sum()


torch.manual_seed(0)
x = torch.randn(4, dtype=torch.float64, requires_grad=True)
mask = torch.rand(4)
assert gradcheck(weighted_sum, (x, mask))
