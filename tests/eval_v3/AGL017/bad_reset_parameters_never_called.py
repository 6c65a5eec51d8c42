import math

import torch
from torch import nn


class MyLinear(nn.Module):
    def __init__(self, d_in, d_out):
        super().__init__()
        self.weight = nn.Parameter(torch.empty(d_out, d_in))  # expect: AGL017
        self.bias = nn.Parameter(torch.zeros(d_out))

    def reset_parameters(self):
        nn.init.kaiming_uniform_(self.weight, a=math.sqrt(5))

    def forward(self, x):
        return x @ self.weight.t() + self.bias


torch.manual_seed(0)
layer = MyLinear(4, 3)
loss = layer(torch.randn(2, 4)).pow(2).mean()
loss.backward()
