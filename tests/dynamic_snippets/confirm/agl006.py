import torch
from torch import nn


def test_data_mul_between_forward_and_backward():
    w = torch.randn(3, requires_grad=True)
    y = (w * w).sum()
    w.data.mul_(10)  # claim: AGL006 w.data.mul_(10)
    y.backward()


def test_data_augmented_update():
    w = torch.randn(3, requires_grad=True)
    (w ** 2).sum().backward()
    w.data -= 0.1 * w.grad  # claim: AGL006 w.data -= 0.1 * w.grad


def test_assign_layer_weight_data():
    layer = nn.Linear(3, 2)
    layer.weight.data = torch.zeros(2, 3)  # claim: AGL006 layer.weight.data = torch.zeros(2, 3)
    print(layer(torch.randn(1, 3)))
