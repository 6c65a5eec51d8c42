"""Temperature scaling with a parameter allocated by torch.empty(1)."""
import torch
from torch import nn


class TemperatureScaler(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.log_t = nn.Parameter(torch.empty(1))  # expect: AGL017

    def forward(self, logits):
        return logits / self.log_t.exp()


torch.manual_seed(7)
scaler = TemperatureScaler()
opt = torch.optim.LBFGS(scaler.parameters(), max_iter=2)
logits, labels = torch.randn(6, 3), torch.randint(0, 3, (6,))
opt.zero_grad()
nn.functional.cross_entropy(scaler(logits), labels).backward()
