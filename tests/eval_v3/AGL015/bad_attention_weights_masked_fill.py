import torch
from torch import nn


def attend(query, keys, pad_mask):
    scores = (keys @ query.unsqueeze(-1)).squeeze(-1)
    weights = torch.softmax(scores, dim=1)
    weights.masked_fill_(pad_mask, 0.0)  # expect: AGL015
    return (weights.unsqueeze(-1) * keys).sum(1)


torch.manual_seed(0)
enc = nn.Linear(6, 6)
keys = enc(torch.randn(2, 4, 6))
query = torch.randn(2, 6)
pad_mask = torch.tensor([[False, False, True, True], [False, False, False, True]])
attend(query, keys, pad_mask).sum().backward()
