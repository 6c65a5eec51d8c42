import torch
from torch import nn

torch.manual_seed(0)
vocab, dim = 20, 8
embed = nn.Embedding(vocab, dim)
encoder = nn.GRU(dim, dim, batch_first=True)
head = nn.Linear(dim, 2)

tokens = torch.randint(0, vocab, (3, 5))
emb = embed(tokens)
out, _ = encoder(emb)
logits = head(out[:, -1])
loss = nn.functional.cross_entropy(logits, torch.tensor([0, 1, 1]))
loss.backward()
token_importance = emb.grad  # expect: AGL001
print("importance available:", token_importance is not None)
