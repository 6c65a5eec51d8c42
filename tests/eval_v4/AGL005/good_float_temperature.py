"""Learnable temperature initialised with a float."""
import torch
from torch import nn


class TemperatureScaler(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.temperature = nn.Parameter(torch.tensor(5.0))

    def forward(self, logits):
        return logits / self.temperature


torch.manual_seed(11)
scaler = TemperatureScaler()
nn.functional.cross_entropy(scaler(torch.randn(2, 3)), torch.tensor([0, 2])).backward()
print(scaler.temperature.grad)
