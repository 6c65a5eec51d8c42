import torch
import torch.nn as nn


class ShiftedGate(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(6, 6)
        self.act = nn.Sigmoid()
        self.shift = nn.Parameter(torch.full((6,), 0.1))

    def forward(self, x):
        out = self.act(self.fc(x))
        out.add_(self.shift)  # expect: AGL015
        return out


torch.manual_seed(5)
ShiftedGate()(torch.randn(2, 6)).sum().backward()
