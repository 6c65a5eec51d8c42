import torch
from torch import nn

cell = nn.LSTMCell(2, 3)
readout = nn.Linear(3, 1)
xs, ys = torch.randn(5, 4, 2), torch.randn(5, 4, 1)
h = c = torch.zeros(4, 3)
loss = torch.zeros(())
for x_t, y_t in zip(xs, ys, strict=False):
    h, c = cell(x_t, (h, c))
    loss = loss + nn.functional.mse_loss(readout(h), y_t)
loss.backward()
print(cell.weight_ih.grad.shape)
