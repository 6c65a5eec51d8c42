import torch
from torch import nn


class Gate(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(4, 8),
            nn.Sigmoid(),
            nn.ReLU(inplace=True),  # expect: AGL015
            nn.Linear(8, 1),
        )

    def forward(self, x):
        return self.net(x)


torch.manual_seed(0)
Gate()(torch.randn(3, 4)).sum().backward()
