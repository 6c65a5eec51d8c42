"""nn.Parameter wraps the already-cast tensor, so the Parameter is the leaf."""
import torch
from torch import nn


class Calibrator(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.temperature = nn.Parameter(torch.ones(1).double())

    def forward(self, logits):
        return logits / self.temperature


torch.manual_seed(5)
calib = Calibrator()
opt = torch.optim.SGD(calib.parameters(), lr=0.01)
opt.zero_grad()
calib(torch.randn(3, 4, dtype=torch.float64)).logsumexp(1).mean().backward()
opt.step()
