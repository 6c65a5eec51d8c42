import torch
from torch import nn

torch.manual_seed(0)
features = nn.Sequential(
    nn.Conv2d(1, 4, 3, padding=1),
    nn.BatchNorm2d(4),
    nn.ReLU(inplace=True),
    nn.Conv2d(4, 4, 3, padding=1),
)
features(torch.randn(2, 1, 6, 6)).pow(2).mean().backward()
