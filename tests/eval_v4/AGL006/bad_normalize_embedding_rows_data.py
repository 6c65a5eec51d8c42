"""Keeps entity embeddings on the unit sphere (TransE style) through .data."""
import torch
from torch import nn

torch.manual_seed(11)
entities = nn.Embedding(10, 4)
relations = nn.Embedding(3, 4)
opt = torch.optim.SGD(list(entities.parameters()) + list(relations.parameters()), lr=0.1)
h, r, t = torch.tensor([0, 1]), torch.tensor([2, 0]), torch.tensor([5, 7])
opt.zero_grad()
score = (entities(h) + relations(r) - entities(t)).norm(dim=1).mean()
score.backward()
opt.step()
entities.weight.data.div_(entities.weight.detach().norm(dim=1, keepdim=True))  # expect: AGL006
