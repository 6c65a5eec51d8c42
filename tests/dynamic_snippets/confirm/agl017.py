import torch
from torch import nn


def test_empty_weight_in_training():
    w = torch.empty(3, 2, requires_grad=True)  # claim: AGL017 torch.empty(3, 2, requires_grad=True)
    loss = (torch.randn(4, 3) @ w).sum()
    loss.backward()


class Layer(nn.Module):
    def __init__(self):
        super().__init__()
        self.weight = nn.Parameter(torch.empty(4))  # claim: AGL017 nn.Parameter(torch.empty(4))

    def forward(self, x):
        return x * self.weight


def test_parameter_never_initialised():
    layer = Layer()
    layer(torch.randn(4)).sum().backward()


def test_empty_bias_never_initialised():
    bias = torch.empty(5, requires_grad=True)  # claim: AGL017 torch.empty(5, requires_grad=True)
    print(bias.shape)
