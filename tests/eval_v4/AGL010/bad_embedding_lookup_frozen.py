"""Freezing pretrained embeddings by flagging the lookup result."""
import torch
from torch import nn

torch.manual_seed(6)
emb = nn.Embedding(30, 8)
encoder = nn.GRU(8, 8, batch_first=True)
tokens = torch.randint(0, 30, (2, 5))
vectors = emb(tokens)
vectors.requires_grad = False  # expect: AGL010
out, h = encoder(vectors)
