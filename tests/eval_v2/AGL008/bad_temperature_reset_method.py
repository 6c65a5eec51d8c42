import torch
import torch.nn as nn

torch.manual_seed(0)


class TemperatureScaler(nn.Module):
    def __init__(self):
        super().__init__()
        self.temperature = nn.Parameter(torch.ones(1) * 1.5)

    def reset(self):
        self.temperature.fill_(1.0)  # expect: AGL008

    def forward(self, logits):
        return logits / self.temperature


scaler = TemperatureScaler()
scaler(torch.randn(4, 3)).logsumexp(-1).mean().backward()
scaler.reset()
