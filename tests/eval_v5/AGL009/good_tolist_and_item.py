import torch
import torch.nn as nn

torch.manual_seed(2)
net = nn.Sequential(nn.Linear(3, 6), nn.ReLU(), nn.Linear(6, 1))
out = net(torch.randn(4, 3))
loss = out.pow(2).mean()
print(loss.item(), out.squeeze(1).tolist())
