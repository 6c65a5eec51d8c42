import torch
from torch import nn

model = nn.Sequential(nn.Linear(4, 4), nn.Dropout(0.5), nn.Linear(4, 1))
model.eval()
x = torch.randn(2, 4, requires_grad=True)
model(x).sum().backward()
print(x.grad.shape)
