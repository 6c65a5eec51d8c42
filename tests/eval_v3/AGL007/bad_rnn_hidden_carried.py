import torch
from torch import nn

torch.manual_seed(0)
cell = nn.GRUCell(3, 8)
readout = nn.Linear(8, 1)
params = list(cell.parameters()) + list(readout.parameters())
opt = torch.optim.SGD(params, lr=0.01)
stream = torch.randn(4, 5, 3)
targets = torch.randn(4, 5, 1)

h = torch.zeros(5, 8)
for chunk, target in zip(stream, targets, strict=True):
    opt.zero_grad()
    h = cell(chunk, h)
    loss = nn.functional.mse_loss(readout(h), target)
    loss.backward()  # expect: AGL007
    opt.step()
