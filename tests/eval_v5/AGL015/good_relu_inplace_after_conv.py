import torch
import torch.nn as nn

torch.manual_seed(52)
net = nn.Sequential(
    nn.Conv1d(2, 4, 3),
    nn.ReLU(inplace=True),
    nn.Conv1d(4, 1, 3),
)
net(torch.randn(2, 2, 10)).sum().backward()
