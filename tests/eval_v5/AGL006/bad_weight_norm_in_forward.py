import torch
import torch.nn as nn


class NormedLinear(nn.Module):
    def __init__(self, n_in, n_out):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(n_out, n_in))

    def forward(self, x):
        self.weight.data /= self.weight.detach().norm(dim=1, keepdim=True)  # expect: AGL006
        return x @ self.weight.T


torch.manual_seed(5)
NormedLinear(4, 3)(torch.randn(2, 4)).sum().backward()
