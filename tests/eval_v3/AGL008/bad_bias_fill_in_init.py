import torch
from torch import nn


class Classifier(nn.Module):
    def __init__(self, d, n, prior=0.01):
        super().__init__()
        self.fc = nn.Linear(d, n)
        self.fc.bias.fill_(-4.6 if prior == 0.01 else 0.0)  # expect: AGL008

    def forward(self, x):
        return self.fc(x)


torch.manual_seed(0)
print(Classifier(8, 2)(torch.randn(1, 8)))
