import torch
import torch.nn as nn

torch.manual_seed(0)


class NoisyLinear(nn.Module):
    def __init__(self, d_in, d_out, sigma=0.01):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(d_out, d_in) * 0.1)
        self.sigma = sigma

    def forward(self, x):
        if self.training:
            self.weight.add_(torch.randn_like(self.weight) * self.sigma)  # expect: AGL008
        return x @ self.weight.t()


layer = NoisyLinear(4, 2)
out = layer(torch.randn(3, 4))
