import torch
from torch import nn


class Normaliser(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.mean = nn.Parameter(torch.zeros(d))
        self.log_std = nn.Parameter(torch.zeros(d))

    def forward(self, x):
        return (x - self.mean) / self.log_std.exp()


torch.manual_seed(0)
norm = Normaliser(3)
clf = nn.Linear(3, 2)
raw = torch.randn(4, 3)
inputs = norm(raw)
inputs.requires_grad = True  # expect: AGL010
clf(inputs)[:, 0].sum().backward()
