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
out, attn = layer(torch.randn(2, 5, 8))
(attn_grad,) = torch.autograd.grad(out.sum(), attn)
print("attention grad:", attn_grad.shape)
