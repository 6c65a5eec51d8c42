import torch
import torch.nn as nn

torch.manual_seed(0)


class Head(nn.Module):
    def __init__(self, d, n):
        super().__init__()
        self.fc = nn.Linear(d, n)
        nn.init.zeros_(self.fc.bias)
        nn.init.orthogonal_(self.fc.weight)

    def forward(self, x):
        return self.fc(x)


Head(8, 3)(torch.randn(2, 8)).sum().backward()
