import torch
from torch import nn


class PlattScaler(nn.Module):
    def __init__(self):
        super().__init__()
        self.a = nn.Parameter(torch.ones(1).double())
        self.b = nn.Parameter(torch.zeros(1, dtype=torch.float64))

    def forward(self, scores):
        return torch.sigmoid(self.a * scores + self.b)


torch.manual_seed(0)
scaler = PlattScaler()
opt = torch.optim.Adam(scaler.parameters(), lr=0.01)
scores = torch.randn(10, dtype=torch.float64)
labels = torch.rand(10, dtype=torch.float64).round()
for _ in range(3):
    opt.zero_grad()
    nn.functional.binary_cross_entropy(scaler(scores), labels).backward()
    opt.step()
