import torch
from torch.autograd import gradcheck, gradgradcheck


def test_float32_input():
    x = torch.randn(3, requires_grad=True)
    gradcheck(torch.sin, (x,))  # claim: AGL004 gradcheck(torch.sin, (x,))


def test_gradgradcheck_float32():
    x = torch.randn(2, requires_grad=True)
    gradgradcheck(torch.exp, (x,))  # claim: AGL004 gradgradcheck(torch.exp, (x,))


def test_loose_tolerance_still_float32():
    x = torch.randn(3, requires_grad=True)
    ok = torch.autograd.gradcheck(torch.tanh, (x,), eps=1e-3, atol=1e-2)  # claim: AGL004 torch.autograd.gradcheck(torch.tanh, (x,), eps=1e-3, atol=1e-2)
    print(ok)
