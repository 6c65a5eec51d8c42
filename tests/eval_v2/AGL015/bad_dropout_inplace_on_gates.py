import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


class GatedResidual(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.gate = nn.Linear(d, d)
        self.value = nn.Linear(d, d)

    def forward(self, x):
        gates = torch.sigmoid(self.gate(x))
        gates = F.dropout(gates, p=0.3, training=self.training, inplace=True)  # expect: AGL015
        return x + gates * self.value(x)


block = GatedResidual(6)
block.train()
block(torch.randn(2, 6)).sum().backward()
