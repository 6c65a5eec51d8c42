"""Pretrained weights copied in with copy_() under no_grad."""
import torch
from torch import nn

torch.manual_seed(9)
pretrained = {"weight": torch.randn(3, 8), "bias": torch.zeros(3)}
head = nn.Linear(8, 3)
with torch.no_grad():
    head.weight.copy_(pretrained["weight"])
    head.bias.copy_(pretrained["bias"])
print(head(torch.randn(2, 8)).shape)
