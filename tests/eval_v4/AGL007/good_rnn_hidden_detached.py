"""Truncated BPTT with the hidden state detached between chunks."""
import torch
from torch import nn

torch.manual_seed(1)
cell = nn.GRUCell(3, 5)
head = nn.Linear(5, 1)
opt = torch.optim.SGD(list(cell.parameters()) + list(head.parameters()), lr=0.1)
seq = torch.randn(4, 2, 3)
h = torch.zeros(2, 5)
for chunk in seq.split(2):
    opt.zero_grad()
    h = h.detach()
    for x in chunk:
        h = cell(x, h)
    loss = head(h).pow(2).mean()
    loss.backward()
    opt.step()
