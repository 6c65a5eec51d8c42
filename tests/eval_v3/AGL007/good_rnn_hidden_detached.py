import torch
from torch import nn

torch.manual_seed(0)
cell = nn.GRUCell(3, 8)
readout = nn.Linear(8, 1)
opt = torch.optim.SGD(list(cell.parameters()) + list(readout.parameters()), lr=0.01)
stream, targets = torch.randn(4, 5, 3), torch.randn(4, 5, 1)
h = torch.zeros(5, 8)
for chunk, target in zip(stream, targets, strict=True):
    opt.zero_grad()
    h = cell(chunk, h.detach())
    loss = nn.functional.mse_loss(readout(h), target)
    loss.backward()
    opt.step()
