import torch
from torch import nn

layer = nn.Linear(4, 4)
pretrained = torch.eye(4)
layer.weight.data = pretrained  # expect: AGL006
print(layer(torch.ones(1, 4)))
