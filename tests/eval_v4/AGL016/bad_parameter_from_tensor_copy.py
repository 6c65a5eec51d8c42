"""Cluster centres initialised from data through torch.tensor(..., requires_grad=True)."""
import torch
from torch import nn


class SoftKMeans(nn.Module):
    def __init__(self, init: torch.Tensor) -> None:
        super().__init__()
        self.centers = nn.Parameter(torch.tensor(init, requires_grad=True))  # expect: AGL016

    def forward(self, x):
        return torch.softmax(-torch.cdist(x, self.centers), dim=1)


torch.manual_seed(2)
data = torch.randn(20, 2)
km = SoftKMeans(data[:3])
print(km(data).shape)
