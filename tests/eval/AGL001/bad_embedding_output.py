import torch
from torch import nn

emb = nn.Embedding(10, 4)
idx = torch.tensor([1, 2, 3])
e = emb(idx)
e.sum().backward()
print("embedding output grad", e.grad)  # expect: AGL001
