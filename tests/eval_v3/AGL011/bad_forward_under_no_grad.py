import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(6, 4), torch.randn(6, 1)
opt.zero_grad()
with torch.no_grad():
    pred = model(x)
loss = nn.functional.mse_loss(pred, y)
loss.backward()  # expect: AGL011
opt.step()
