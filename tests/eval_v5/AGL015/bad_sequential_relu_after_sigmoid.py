import torch
import torch.nn as nn

torch.manual_seed(1)
gate = nn.Sequential(
    nn.Linear(5, 5),
    nn.Sigmoid(),
    nn.ReLU(inplace=True),  # expect: AGL015
    nn.Linear(5, 1),
)
gate(torch.randn(3, 5)).sum().backward()
