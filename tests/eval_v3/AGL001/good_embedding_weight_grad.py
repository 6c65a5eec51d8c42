import torch
from torch import nn

torch.manual_seed(0)
embed = nn.Embedding(10, 4)
tokens = torch.tensor([[1, 2, 3], [3, 4, 5]])
emb = embed(tokens)
loss = emb.mean(dim=1).pow(2).sum()
loss.backward()
rows_touched = (embed.weight.grad.abs().sum(dim=1) > 0).sum().item()
print("rows with gradient:", rows_touched)
