import torch
import torch.nn as nn

torch.manual_seed(4)
emb = nn.Embedding(30, 8)
encoder = nn.GRU(8, 8, batch_first=True)
head = nn.Linear(8, 1)
tokens = torch.randint(0, 30, (1, 7))
vectors = emb(tokens)
out, _ = encoder(vectors)
head(out[:, -1]).sum().backward()
token_scores = vectors.grad  # expect: AGL001
print(token_scores)
