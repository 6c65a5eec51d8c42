"""Freezing a whole embedding module with Module.requires_grad_(False)."""
import torch
from torch import nn

torch.manual_seed(6)
emb = nn.Embedding(30, 8).requires_grad_(False)
encoder = nn.GRU(8, 8, batch_first=True)
out, h = encoder(emb(torch.randint(0, 30, (2, 5))))
h.sum().backward()
print(emb.weight.grad is None)
