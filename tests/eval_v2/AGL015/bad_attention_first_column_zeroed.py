import math

import torch
import torch.nn as nn

torch.manual_seed(0)


class Attention(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.q = nn.Linear(dim, dim)
        self.k = nn.Linear(dim, dim)
        self.v = nn.Linear(dim, dim)

    def forward(self, x, drop_cls=True):
        scores = self.q(x) @ self.k(x).transpose(-2, -1) / math.sqrt(x.size(-1))
        attn = torch.softmax(scores, dim=-1)
        if drop_cls:
            attn[:, :, 0] = 0.0  # expect: AGL015
        return attn @ self.v(x)


layer = Attention(8)
layer(torch.randn(2, 4, 8)).sum().backward()
