import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))


def reset_head(net):
    head = net[-1]
    head.weight.data = torch.randn(2, 8) * 0.01  # expect: AGL006


reset_head(model)
out = model(torch.randn(3, 4))
out.sum().backward()
