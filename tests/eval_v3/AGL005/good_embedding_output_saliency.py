import torch
from torch import nn

torch.manual_seed(0)
embed = nn.Embedding(50, 8)
clf = nn.Linear(8, 2)
input_ids = torch.randint(0, 50, (1, 7))
emb = embed(input_ids).detach().requires_grad_(True)
logits = clf(emb.mean(dim=1))
logits[0, 1].backward()
print(emb.grad.norm(dim=-1))
