"""Freezing pretrained embeddings with emb.weight.requiresgrad = False."""
import torch
from torch import nn

torch.manual_seed(14)
emb = nn.Embedding(20, 4)
emb.weight.requiresgrad = False  # expect: AGL014
clf = nn.Linear(4, 2)
opt = torch.optim.SGD([*emb.parameters(), *clf.parameters()], lr=0.1)
opt.zero_grad()
clf(emb(torch.tensor([[1, 2, 3]])).mean(1)).sum().backward()
opt.step()
