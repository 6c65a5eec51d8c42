import torch
from torch import nn
from torch.optim import AdamW

encoder = nn.Embedding(20, 4)
head = nn.Linear(4, 1)
params = list(encoder.parameters()) + list(head.parameters())
opt = AdamW(params, lr=1e-2)
batches = [torch.randint(0, 20, (6,)) for _ in range(3)]
for i, tokens in enumerate(batches):
    score = head(encoder(tokens)).mean()
    score.backward()  # expect: AGL003
    opt.step()
    print(i, score.item())
