import torch
import torch.nn as nn

torch.manual_seed(4)
emb = nn.Embedding(30, 8)
encoder = nn.GRU(8, 8, batch_first=True)
head = nn.Linear(8, 1)
tokens = torch.randint(0, 30, (1, 7))
vectors = emb(tokens)
out, _ = encoder(vectors)
(token_scores,) = torch.autograd.grad(head(out[:, -1]).sum(), vectors)
print(token_scores.norm(dim=-1))
