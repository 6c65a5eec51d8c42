"""Attention dropout applied in place to the softmax weights."""
import torch
from torch import nn
from torch.nn import functional as F


class TinyAttention(nn.Module):
    def __init__(self, d: int) -> None:
        super().__init__()
        self.qkv = nn.Linear(d, 3 * d)

    def forward(self, x):
        q, k, v = self.qkv(x).chunk(3, dim=-1)
        attn = torch.softmax(q @ k.transpose(1, 2) / 2.0, dim=-1)
        attn = F.dropout(attn, p=0.2, training=True, inplace=True)  # expect: AGL015
        return attn @ v


torch.manual_seed(11)
TinyAttention(4)(torch.randn(2, 3, 4)).sum().backward()
