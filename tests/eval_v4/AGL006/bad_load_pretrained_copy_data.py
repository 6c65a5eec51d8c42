"""Transfers pretrained weights into a fresh head through .data.copy_."""
import torch
from torch import nn

torch.manual_seed(9)
pretrained = {"weight": torch.randn(3, 8), "bias": torch.zeros(3)}
head = nn.Linear(8, 3)
head.weight.data.copy_(pretrained["weight"])  # expect: AGL006
with torch.no_grad():
    head.bias.copy_(pretrained["bias"])
print(head(torch.randn(2, 8)).shape)
