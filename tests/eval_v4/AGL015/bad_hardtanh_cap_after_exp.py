"""Positive rates from exp, capped with an in-place hardtanh in forward()."""
import torch
from torch import nn
from torch.nn import functional as F


class RateModel(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.fc = nn.Linear(4, 3)

    def forward(self, x):
        rates = torch.exp(self.fc(x) - 1.0)
        return F.hardtanh(rates, 0.0, 2.0, inplace=True)  # expect: AGL015


torch.manual_seed(3)
model = RateModel()
model(torch.randn(5, 4)).sum().backward()
