import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 6), nn.Tanh(), nn.Linear(6, 1)).to(torch.float64)
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
x = torch.randn(8, 3, dtype=torch.float64)
opt.zero_grad()
model(x).pow(2).mean().backward()
opt.step()
