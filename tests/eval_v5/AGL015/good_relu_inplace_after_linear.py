import torch
import torch.nn as nn

torch.manual_seed(1)
mlp = nn.Sequential(
    nn.Linear(5, 8),
    nn.ReLU(inplace=True),
    nn.Linear(8, 1),
)
mlp(torch.randn(3, 5)).sum().backward()
