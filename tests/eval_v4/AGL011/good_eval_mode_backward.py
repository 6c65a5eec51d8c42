"""model.eval() changes dropout/batchnorm only: backward() still works."""
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.Dropout(0.5), nn.Linear(8, 2))
model.eval()
x = torch.randn(3, 4, requires_grad=True)
model(x)[:, 1].sum().backward()
print(x.grad.abs().sum())
