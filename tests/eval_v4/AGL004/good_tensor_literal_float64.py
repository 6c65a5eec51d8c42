"""Huber test with float64 literals."""
import torch
from torch.autograd import gradcheck


def huber(x, delta=1.0):
    small = x.abs() < delta
    return torch.where(small, 0.5 * x ** 2, delta * (x.abs() - 0.5 * delta))


def test_huber_gradient():
    x = torch.tensor([0.3, -0.2, 2.5, -3.0], dtype=torch.float64, requires_grad=True)
    assert gradcheck(huber, (x,))


test_huber_gradient()
