import torch
import torch.nn as nn

torch.manual_seed(11)
emb = nn.Embedding(10, 4)
emb.weight.require_grad = False  # expect: AGL014
out = emb(torch.tensor([1, 2, 3])).sum()
