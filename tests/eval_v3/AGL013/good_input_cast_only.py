import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 1).double()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x = torch.randn(6, 4).to(torch.float64)
y = torch.randn(6, 1).double()
opt.zero_grad()
nn.functional.mse_loss(model(x), y).backward()
opt.step()
