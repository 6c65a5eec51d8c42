"""Seq2seq style: per-step losses summed over time, then one backward per batch."""
import torch
from torch import nn

torch.manual_seed(8)
cell = nn.GRUCell(3, 4)
out = nn.Linear(4, 3)
opt = torch.optim.Adam([*cell.parameters(), *out.parameters()], lr=1e-2)
for _ in range(2):
    seq = torch.randn(5, 2, 3)
    h = torch.zeros(2, 4)
    batch_loss = 0
    for t in range(4):
        h = cell(seq[t], h)
        batch_loss += nn.functional.mse_loss(out(h), seq[t + 1])
    opt.zero_grad()
    batch_loss.backward()
    opt.step()
