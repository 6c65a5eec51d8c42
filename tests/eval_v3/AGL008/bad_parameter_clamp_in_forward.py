import torch
from torch import nn


class Mixture(nn.Module):
    def __init__(self, k):
        super().__init__()
        self.weights = nn.Parameter(torch.rand(k))
        self.means = nn.Parameter(torch.randn(k))

    def forward(self, x):
        self.weights.clamp_(min=1e-4)  # expect: AGL008
        w = self.weights / self.weights.sum()
        return (w * torch.exp(-(x[:, None] - self.means) ** 2)).sum(1)


torch.manual_seed(0)
mix = Mixture(3)
print(-mix(torch.randn(5)).log().mean())
