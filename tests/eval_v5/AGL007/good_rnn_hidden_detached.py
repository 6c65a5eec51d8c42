import torch
import torch.nn as nn

torch.manual_seed(1)
cell = nn.GRUCell(3, 8)
readout = nn.Linear(8, 1)
params = list(cell.parameters()) + list(readout.parameters())
opt = torch.optim.SGD(params, lr=0.05)
stream = torch.randn(4, 5, 3)
h = torch.zeros(5, 8)

for chunk in stream:
    h = cell(chunk, h.detach())
    loss = readout(h).pow(2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
