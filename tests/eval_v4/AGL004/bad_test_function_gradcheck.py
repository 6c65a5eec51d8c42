"""A test function for a custom Huber op, called as a script."""
import torch
from torch.autograd import gradcheck


def huber(x, delta=1.0):
    small = x.abs() < delta
    return torch.where(small, 0.5 * x ** 2, delta * (x.abs() - 0.5 * delta))


def test_huber_gradient():
    x = torch.tensor([0.3, -0.2, 2.5, -3.0], requires_grad=True)
    assert gradcheck(huber, (x,), eps=1e-3, atol=1e-2)  # expect: AGL004


test_huber_gradient()
