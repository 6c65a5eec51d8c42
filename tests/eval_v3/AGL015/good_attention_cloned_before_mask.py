import torch
from torch import nn

torch.manual_seed(0)
q_proj, k_proj = nn.Linear(8, 8), nn.Linear(8, 8)
x = torch.randn(2, 5, 8)
attn = torch.softmax(q_proj(x) @ k_proj(x).transpose(1, 2) / 8 ** 0.5, dim=-1)
attn = attn.clone()
attn[:, :, 0] = 0.0
(attn @ x).mean().backward()
