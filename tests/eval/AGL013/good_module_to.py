import torch
from torch import nn

model = nn.Linear(3, 1).to(torch.float64)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
model(torch.randn(2, 3, dtype=torch.float64)).sum().backward()
opt.step()
print(model.weight.grad)
