import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.Dropout(0.5), nn.ReLU(), nn.Linear(8, 1))
opt = torch.optim.SGD(model.parameters(), lr=0.1)
model.eval()
opt.zero_grad()
loss = nn.functional.mse_loss(model(torch.randn(6, 4)), torch.randn(6, 1))
loss.backward()
opt.step()
