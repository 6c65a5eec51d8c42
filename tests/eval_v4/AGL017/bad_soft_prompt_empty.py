"""Prompt tuning: the soft prompt is allocated with torch.empty and trained as is."""
import torch
from torch import nn

torch.manual_seed(5)
encoder = nn.TransformerEncoderLayer(d_model=8, nhead=2, dim_feedforward=16, batch_first=True)
prompt = torch.empty(1, 3, 8).requires_grad_()  # expect: AGL017
tokens = torch.randn(1, 5, 8)
out = encoder(torch.cat([prompt, tokens], dim=1))
out.mean().backward()
