import math

import torch
import torch.nn as nn

torch.manual_seed(0)


class Bilinear(nn.Module):
    def __init__(self, d1, d2, d_out):
        super().__init__()
        self.weight = nn.Parameter(torch.empty(d_out, d1, d2))  # expect: AGL017

    def reset_parameters(self):
        bound = 1 / math.sqrt(self.weight.size(1))
        nn.init.uniform_(self.weight, -bound, bound)

    def forward(self, a, b):
        return torch.einsum("bi,oij,bj->bo", a, self.weight, b)


layer = Bilinear(3, 4, 2)
layer(torch.randn(5, 3), torch.randn(5, 4)).sum().backward()
