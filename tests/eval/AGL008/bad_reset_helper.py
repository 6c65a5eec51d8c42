import torch
from torch import nn


def reset_bias(module):
    module.bias.fill_(0.0)  # expect: AGL008


head = nn.Linear(8, 2)
reset_bias(head)
print(head(torch.randn(1, 8)))
