import torch
from torch import empty, nn

torch.manual_seed(0)


class PositionalEmbedding(nn.Module):
    def __init__(self, max_len, dim):
        super().__init__()
        self.table = nn.Parameter(empty(max_len, dim))  # expect: AGL017

    def forward(self, x):
        return x + self.table[: x.size(1)]


pe = PositionalEmbedding(10, 4)
pe(torch.randn(2, 6, 4)).sum().backward()
