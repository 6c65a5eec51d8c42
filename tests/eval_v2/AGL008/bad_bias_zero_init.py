import torch
import torch.nn as nn

torch.manual_seed(0)


class Head(nn.Module):
    def __init__(self, d, n):
        super().__init__()
        self.fc = nn.Linear(d, n)
        self._init()

    def _init(self):
        self.fc.bias.zero_()  # expect: AGL008

    def forward(self, x):
        return self.fc(x)


head = Head(8, 3)
