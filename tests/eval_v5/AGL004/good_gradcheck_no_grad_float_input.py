import torch
from torch.autograd import gradcheck

torch.manual_seed(21)
x = torch.randn(4, dtype=torch.float64, requires_grad=True)
mask = torch.tensor([1.0, 0.0, 1.0, 1.0])


def masked_softplus(x, mask):
    return torch.nn.functional.softplus(x) * mask.double()


assert gradcheck(masked_softplus, (x, mask))
