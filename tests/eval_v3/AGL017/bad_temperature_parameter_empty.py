import torch
from torch import nn


class TemperatureScaler(nn.Module):
    def __init__(self):
        super().__init__()
        self.temperature = nn.Parameter(torch.empty(1))  # expect: AGL017

    def forward(self, logits):
        return logits / self.temperature


torch.manual_seed(0)
scaler = TemperatureScaler()
logits, labels = torch.randn(10, 3), torch.randint(0, 3, (10,))
nn.functional.cross_entropy(scaler(logits), labels).backward()
