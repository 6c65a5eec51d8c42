import torch
from torch import nn

backbone = nn.Sequential(nn.Linear(8, 8), nn.ReLU())
head = nn.Linear(8, 2)
for p in backbone.parameters():
    p.requires_grad = False
logits = head(backbone(torch.randn(4, 8)))
logits.sum().backward()
