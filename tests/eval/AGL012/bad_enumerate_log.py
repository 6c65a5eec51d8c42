import torch
from torch import nn, optim

encoder = nn.GRU(3, 4, batch_first=True)
head = nn.Linear(4, 1)
params = list(encoder.parameters()) + list(head.parameters())
opt = optim.Adam(params)
log_loss = 0
for i, seq in enumerate(torch.randn(3, 2, 5, 3)):
    opt.zero_grad()
    out, _ = encoder(seq)
    loss = head(out[:, -1]).pow(2).mean()
    loss.backward()
    opt.step()
    log_loss += loss  # expect: AGL012
    print(i, log_loss)
