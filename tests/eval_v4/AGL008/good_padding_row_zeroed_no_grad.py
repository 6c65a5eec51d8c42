"""Padding row of an embedding zeroed under no_grad."""
import torch
from torch import nn

torch.manual_seed(3)
emb = nn.Embedding(10, 4)
with torch.no_grad():
    emb.weight[0] = 0.0
emb(torch.tensor([[0, 3, 5]])).sum().backward()
