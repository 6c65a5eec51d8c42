import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))


def reset_head(net):
    head = net[-1]
    nn.init.normal_(head.weight, std=0.01)
    nn.init.zeros_(head.bias)


reset_head(model)
model(torch.randn(3, 4)).sum().backward()
