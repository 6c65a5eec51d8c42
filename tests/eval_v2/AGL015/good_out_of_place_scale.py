import torch
import torch.nn as nn

torch.manual_seed(0)


class GateHead(nn.Module):
    def __init__(self, d, scale=2.0):
        super().__init__()
        self.fc = nn.Linear(d, d)
        self.scale = scale

    def forward(self, x):
        probs = torch.sigmoid(self.fc(x))
        probs = probs * self.scale
        return probs


GateHead(4)(torch.randn(3, 4)).sum().backward()
