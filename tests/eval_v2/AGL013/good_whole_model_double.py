import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Sequential(nn.Linear(3, 8), nn.Tanh(), nn.Linear(8, 1)).double()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
x = torch.randn(5, 3, dtype=torch.float64)
opt.zero_grad()
model(x).pow(2).mean().backward()
opt.step()
