import torch
import torch.nn as nn


class Affine(nn.Module):
    def __init__(self, n_in, n_out):
        super().__init__()
        self.weight = nn.Parameter(torch.empty(n_out, n_in))
        self.bias = nn.Parameter(torch.empty(n_out))  # expect: AGL017
        nn.init.xavier_normal_(self.weight)

    def forward(self, x):
        return x @ self.weight.T + self.bias


torch.manual_seed(113)
Affine(4, 3)(torch.randn(2, 4)).sum().backward()
