import torch
from torch import nn

torch.manual_seed(0)
mlp = nn.Sequential(nn.Linear(4, 8), nn.ReLU(inplace=True), nn.Linear(8, 1))
opt = torch.optim.SGD(mlp.parameters(), lr=0.1)
opt.zero_grad()
nn.functional.mse_loss(mlp(torch.randn(5, 4)), torch.randn(5, 1)).backward()
opt.step()
