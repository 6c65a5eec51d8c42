import torch
from torch import nn

model = nn.Sequential(
    nn.Linear(3, 4),
    nn.Sigmoid(),
    nn.ReLU(inplace=True),  # expect: AGL015
    nn.Linear(4, 1),
)
model(torch.randn(2, 3)).sum().backward()
