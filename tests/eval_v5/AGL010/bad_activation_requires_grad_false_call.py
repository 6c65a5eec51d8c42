import torch
import torch.nn as nn


class TwoStage(nn.Module):
    def __init__(self):
        super().__init__()
        self.stage1 = nn.Linear(6, 6)
        self.stage2 = nn.Linear(6, 1)

    def forward(self, x):
        h = torch.tanh(self.stage1(x))
        h.requires_grad_(False)  # expect: AGL010
        return self.stage2(h)


torch.manual_seed(1)
TwoStage()(torch.randn(3, 6))
