import torch
from torch import nn

net = nn.Sequential(nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 2))
net.eval()
with torch.inference_mode():
    scores = net(torch.randn(3, 4))
    print(scores.numpy())
