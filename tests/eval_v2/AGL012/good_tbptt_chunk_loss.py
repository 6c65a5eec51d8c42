import torch
import torch.nn as nn

torch.manual_seed(0)

cell = nn.RNNCell(3, 5)
readout = nn.Linear(5, 1)
opt = torch.optim.SGD([*cell.parameters(), *readout.parameters()], lr=0.01)
seq = torch.randn(8, 2, 3)
targets = torch.randn(8, 2, 1)
h = torch.zeros(2, 5)

for start in range(0, 8, 4):
    h = h.detach()
    chunk_loss = 0.0
    for t in range(start, start + 4):
        h = cell(seq[t], h)
        chunk_loss = chunk_loss + nn.functional.mse_loss(readout(h), targets[t])
    opt.zero_grad()
    chunk_loss.backward()
    opt.step()
