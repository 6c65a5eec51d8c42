"""Grad-CAM style heat map from stored feature maps."""
import torch
from torch import nn


class Net(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.features = nn.Sequential(nn.Conv2d(1, 3, 3, padding=1), nn.ReLU())
        self.fc = nn.Linear(3 * 6 * 6, 4)
        self.last_maps = None

    def forward(self, x):
        maps = self.features(x)
        self.last_maps = maps
        return self.fc(maps.flatten(1))


torch.manual_seed(3)
net = Net()
out = net(torch.randn(2, 1, 6, 6))
out[:, 1].sum().backward()
weights = net.last_maps.grad  # expect: AGL001
print(weights)
