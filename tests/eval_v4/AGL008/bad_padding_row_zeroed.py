"""Zeroing the padding row of an embedding table with grad mode on."""
import torch
from torch import nn

torch.manual_seed(3)
emb = nn.Embedding(10, 4)
emb.weight[0] = 0.0  # expect: AGL008
print(emb(torch.tensor([[0, 3, 5]])).shape)
