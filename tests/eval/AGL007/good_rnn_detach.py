import torch
from torch import nn

cell = nn.RNNCell(3, 5)
head = nn.Linear(5, 1)
opt = torch.optim.SGD(list(cell.parameters()) + list(head.parameters()), lr=0.01)
h = torch.zeros(2, 5)
sequence = torch.randn(4, 2, 3)
for x in sequence:
    opt.zero_grad()
    h = cell(x, h.detach())
    loss = head(h).pow(2).mean()
    loss.backward()
    opt.step()
