"""A temperature Parameter converted to double after construction."""
import torch
from torch import nn


class Calibrator(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.temperature = nn.Parameter(torch.ones(1)).double()  # expect: AGL013

    def forward(self, logits):
        return logits / self.temperature


torch.manual_seed(5)
calib = Calibrator()
opt = torch.optim.LBFGS([calib.temperature], lr=0.01)
