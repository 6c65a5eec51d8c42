"""Freezing a backbone by clearing requires_grad on its parameters (leaves)."""
import torch
from torch import nn

torch.manual_seed(1)
backbone = nn.Sequential(nn.Linear(6, 8), nn.ReLU())
head = nn.Linear(8, 2)
for p in backbone.parameters():
    p.requires_grad = False
logits = head(backbone(torch.randn(4, 6)))
nn.functional.cross_entropy(logits, torch.tensor([0, 1, 1, 0])).backward()
