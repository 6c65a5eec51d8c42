"""Truncated BPTT that forgets to detach the carried hidden state."""
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
    for x in chunk:
        h = cell(x, h)
    loss = head(h).pow(2).mean()
    loss.backward()  # expect: AGL007
    opt.step()
