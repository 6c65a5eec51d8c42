import torch
from torch import nn


class Calibrator(nn.Module):
    def __init__(self):
        super().__init__()
        init_temp = torch.ones(1) * 1.5
        self.temperature = torch.tensor(init_temp, requires_grad=True)  # expect: AGL016

    def forward(self, logits):
        return logits / self.temperature


print(Calibrator()(torch.randn(2, 3)))
