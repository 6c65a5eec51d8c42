import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Linear(8, 2))
x = torch.randn(5, 4)
with torch.no_grad():
    out = model(x)
    arr = out.numpy()
print(arr.mean(axis=0))
