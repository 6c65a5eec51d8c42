import torch
from torch import nn

embed = nn.Embedding(20, 4)
embed.weight.require_grad = False  # expect: AGL014
tokens = torch.tensor([3, 7, 7])
vecs = embed(tokens)
vecs.mean().backward()
print(vecs.grad)  # expect: AGL001
