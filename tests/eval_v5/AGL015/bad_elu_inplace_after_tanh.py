import torch
import torch.nn as nn

torch.manual_seed(107)
block = nn.Sequential(
    nn.Linear(4, 4),
    nn.Tanh(),
    nn.ELU(inplace=True),  # expect: AGL015
)
block(torch.randn(3, 4)).pow(2).sum().backward()
