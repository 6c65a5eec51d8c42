import torch
from torch import nn


class AttentionPool(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.query = nn.Parameter(torch.empty(dim))  # expect: AGL017
        self.key = nn.Linear(dim, dim)

    def forward(self, seq):
        weights = torch.softmax(self.key(seq) @ self.query, dim=1)
        return (weights.unsqueeze(-1) * seq).sum(1)


torch.manual_seed(0)
pool = AttentionPool(6)
pool(torch.randn(2, 5, 6)).sum().backward()
