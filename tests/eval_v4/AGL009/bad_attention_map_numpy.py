"""Attention weights pulled out for visualisation while grad mode is on."""
import torch
from torch import nn


class AttentionPool(nn.Module):
    def __init__(self, d: int) -> None:
        super().__init__()
        self.query = nn.Parameter(torch.randn(d))

    def forward(self, h):
        weights = torch.softmax(h @ self.query, dim=1)
        return (weights.unsqueeze(-1) * h).sum(1), weights


torch.manual_seed(9)
pool = AttentionPool(4)
pooled, weights = pool(torch.randn(2, 5, 4))
heatmap = weights.numpy()  # expect: AGL009
print(heatmap.round(2))
