"""Cluster centres as nn.Parameter(data[:k].clone())."""
import torch
from torch import nn


class SoftKMeans(nn.Module):
    def __init__(self, init_centers: torch.Tensor) -> None:
        super().__init__()
        self.centers = nn.Parameter(init_centers.clone())

    def forward(self, x):
        return torch.softmax(-torch.cdist(x, self.centers), dim=1)


torch.manual_seed(2)
data = torch.randn(20, 2)
km = SoftKMeans(data[:3])
km(data).max(dim=1).values.sum().backward()
