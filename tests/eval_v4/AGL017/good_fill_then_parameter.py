"""Temperature parameter from torch.empty(1).fill_(0.0)."""
import torch
from torch import nn


class TemperatureScaler(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.log_t = nn.Parameter(torch.empty(1).fill_(0.0))

    def forward(self, logits):
        return logits / self.log_t.exp()


torch.manual_seed(7)
scaler = TemperatureScaler()
nn.functional.cross_entropy(scaler(torch.randn(6, 3)), torch.randint(0, 3, (6,))).backward()
