import torch
from torch import nn

model = nn.Linear(4, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(8, 4), torch.randn(8, 1)
with torch.no_grad():
    pred = model(x)
loss = nn.functional.mse_loss(pred, y)
opt.zero_grad()
loss.backward()  # expect: AGL011
