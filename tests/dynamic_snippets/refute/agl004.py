import torch
from torch.autograd import gradcheck


def test_double_input():
    x = torch.randn(3, dtype=torch.double, requires_grad=True)
    gradcheck(torch.sin, (x,))  # claim: AGL004 gradcheck(torch.sin, (x,))
