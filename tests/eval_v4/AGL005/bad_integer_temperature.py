"""Learnable softmax temperature initialised with an integer."""
import torch
from torch import nn


class TemperatureScaler(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.temperature = torch.tensor(5, requires_grad=True)  # expect: AGL005

    def forward(self, logits):
        return logits / self.temperature


torch.manual_seed(11)
scaler = TemperatureScaler()
print(scaler(torch.randn(2, 3)))
