import torch
import torch.nn as nn

torch.manual_seed(0)

q_proj, k_proj = nn.Linear(8, 8), nn.Linear(8, 8)
x = torch.randn(2, 5, 8)
causal = torch.triu(torch.ones(5, 5, dtype=torch.bool), diagonal=1)
scores = q_proj(x) @ k_proj(x).transpose(-2, -1)
scores.masked_fill_(causal, float("-inf"))
attn = torch.softmax(scores, dim=-1)
(attn @ x).sum().backward()
