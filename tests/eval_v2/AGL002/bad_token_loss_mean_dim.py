import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

vocab, dim = 30, 8
emb = nn.Embedding(vocab, dim)
lm_head = nn.Linear(dim, vocab)

tokens = torch.randint(0, vocab, (3, 6))
hidden = emb(tokens[:, :-1])
logits = lm_head(hidden)
token_nll = F.cross_entropy(logits.transpose(1, 2), tokens[:, 1:], reduction="none")
seq_loss = token_nll.mean(dim=1)
seq_loss.backward()  # expect: AGL002
