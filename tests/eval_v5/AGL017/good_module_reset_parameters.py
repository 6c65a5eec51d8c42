import math

import torch
import torch.nn as nn


class MaskedLinear(nn.Module):
    def __init__(self, n_in, n_out):
        super().__init__()
        self.weight = nn.Parameter(torch.empty(n_out, n_in))
        self.register_buffer("mask", torch.tril(torch.ones(n_out, n_in)))
        self.reset_parameters()

    def reset_parameters(self):
        nn.init.kaiming_uniform_(self.weight, a=math.sqrt(5))

    def forward(self, x):
        return x @ (self.weight * self.mask).T


torch.manual_seed(0)
layer = MaskedLinear(4, 4)
layer(torch.randn(2, 4)).sum().backward()
