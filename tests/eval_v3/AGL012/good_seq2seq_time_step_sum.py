import torch
from torch import nn

torch.manual_seed(0)
vocab, dim = 12, 8
emb = nn.Embedding(vocab, dim)
cell = nn.GRUCell(dim, dim)
out = nn.Linear(dim, vocab)
params = [*emb.parameters(), *cell.parameters(), *out.parameters()]
opt = torch.optim.Adam(params, lr=1e-3)
for _ in range(2):
    tgt = torch.randint(0, vocab, (3, 5))
    h = torch.zeros(3, dim)
    loss = 0
    for t in range(tgt.size(1) - 1):
        h = cell(emb(tgt[:, t]), h)
        loss += nn.functional.cross_entropy(out(h), tgt[:, t + 1])
    opt.zero_grad()
    (loss / (tgt.size(1) - 1)).backward()
    opt.step()
