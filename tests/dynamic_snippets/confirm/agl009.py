import torch
from torch import nn


def test_numpy_on_parameter_tensor():
    w = torch.randn(3, requires_grad=True)
    print(w.numpy())  # claim: AGL009 w.numpy()


def test_numpy_on_loss():
    x = torch.randn(3, requires_grad=True)
    loss = (x ** 2).sum()
    value = loss.cpu().numpy()  # claim: AGL009 loss.cpu().numpy()
    print(value)


def test_numpy_on_module_weight():
    layer = nn.Linear(2, 2)
    print(layer.weight.numpy())  # claim: AGL009 layer.weight.numpy()
