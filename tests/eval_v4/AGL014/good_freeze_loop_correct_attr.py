"""Freezing a backbone with p.requires_grad = False."""
import torch
from torch import nn

torch.manual_seed(2)
backbone = nn.Sequential(nn.Linear(6, 6), nn.ReLU())
head = nn.Linear(6, 2)
for p in backbone.parameters():
    p.requires_grad = False
opt = torch.optim.SGD(head.parameters(), lr=0.1)
opt.zero_grad()
logits = head(backbone(torch.randn(4, 6)))
nn.functional.cross_entropy(logits, torch.tensor([0, 1, 0, 1])).backward()
opt.step()
print(backbone[0].weight.grad is None)
