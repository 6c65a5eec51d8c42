import torch
from torch import nn

torch.manual_seed(0)
q_proj, k_proj = nn.Linear(8, 8), nn.Linear(8, 8)
x = torch.randn(2, 5, 8)
scores = q_proj(x) @ k_proj(x).transpose(1, 2)
causal = torch.triu(torch.ones(5, 5, dtype=torch.bool), diagonal=1)
scores.masked_fill_(causal, float("-inf"))
attn = torch.softmax(scores / 8 ** 0.5, dim=-1)
(attn @ x).sum().backward()
