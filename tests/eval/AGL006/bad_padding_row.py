import torch
from torch import nn

emb = nn.Embedding(10, 3)
emb.weight.data[0] = 0  # expect: AGL006
print(emb(torch.tensor([0, 1])))
