import math

import torch
import torch.nn as nn

torch.manual_seed(0)


class SelfAttention(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.qkv = nn.Linear(dim, 3 * dim)
        self.dim = dim

    def forward(self, x):
        q, k, v = self.qkv(x).chunk(3, dim=-1)
        attn = torch.softmax(q @ k.transpose(-2, -1) / math.sqrt(self.dim), dim=-1)
        return attn @ v, attn


layer = SelfAttention(8)
x = torch.randn(2, 5, 8)
out, attn = layer(x)
out.sum().backward()
attn_grad = attn.grad  # expect: AGL001
print("attention grad:", attn_grad)
