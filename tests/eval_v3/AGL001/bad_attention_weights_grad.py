import torch
from torch import nn


class TinyAttention(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.q = nn.Linear(dim, dim)
        self.k = nn.Linear(dim, dim)
        self.v = nn.Linear(dim, dim)
        self.attn = None

    def forward(self, x):
        scores = self.q(x) @ self.k(x).transpose(-2, -1) / x.shape[-1] ** 0.5
        self.attn = torch.softmax(scores, dim=-1)
        return self.attn @ self.v(x)


torch.manual_seed(0)
layer = TinyAttention(8)
out = layer(torch.randn(2, 5, 8))
out.mean().backward()
attn_grad = layer.attn.grad  # expect: AGL001
print("attention relevance:", None if attn_grad is None else attn_grad.sum().item())
