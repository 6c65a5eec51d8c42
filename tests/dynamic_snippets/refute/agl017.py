import torch
from torch import nn


def test_initialised_before_use():
    w = torch.empty(3, 2, requires_grad=True)  # claim: AGL017 torch.empty(3, 2, requires_grad=True)
    nn.init.uniform_(w, -0.1, 0.1)
    (torch.randn(4, 3) @ w).sum().backward()


def test_zeros_not_empty():
    b = torch.zeros(3, requires_grad=True)  # claim: AGL017 torch.zeros(3, requires_grad=True)
    (b * 2).sum().backward()


def test_legacy_constructor_from_data():
    w = nn.Parameter(torch.Tensor([1.0, 2.0]))  # claim: AGL017 nn.Parameter(torch.Tensor([1.0, 2.0]))
    (w * 2).sum().backward()
