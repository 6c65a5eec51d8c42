import torch
from torch import nn


class Scaler(nn.Module):
    def __init__(self):
        super().__init__()
        self.scale = nn.Parameter(torch.ones(1)).to(torch.float64)  # expect: AGL013

    def forward(self, x):
        return x * self.scale


model = Scaler()
model(torch.randn(3, dtype=torch.float64)).sum().backward()
print(model.scale.grad)  # expect: AGL001
