"""Token ids stay integer; requires_grad is switched on the float embedding table."""
import torch
from torch import nn

torch.manual_seed(0)
emb = nn.Embedding(50, 8)
emb.weight.requires_grad = False
token_ids = torch.tensor([[3, 14, 15, 9, 2]])
head = nn.Linear(8, 2)
head(emb(token_ids).mean(dim=1)).sum().backward()
print(emb.weight.grad is None)
