"""F.relu(..., inplace=True) on a convolution output."""
import torch
from torch import nn
from torch.nn import functional as F


class ConvNet(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.conv = nn.Conv2d(1, 2, 3)
        self.fc = nn.Linear(2 * 4 * 4, 2)

    def forward(self, x):
        x = F.relu(self.conv(x), inplace=True)
        return self.fc(x.flatten(1))


torch.manual_seed(4)
ConvNet()(torch.randn(2, 1, 6, 6)).sum().backward()
