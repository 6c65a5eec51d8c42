"""Freezing a backbone with p.require_grad = False: a silent new attribute."""
import torch
from torch import nn

torch.manual_seed(2)
backbone = nn.Sequential(nn.Linear(6, 6), nn.ReLU())
head = nn.Linear(6, 2)
for p in backbone.parameters():
    p.require_grad = False  # expect: AGL014
opt = torch.optim.SGD(head.parameters(), lr=0.1)
opt.zero_grad()
logits = head(backbone(torch.randn(4, 6)))
nn.functional.cross_entropy(logits, torch.tensor([0, 1, 0, 1])).backward()
opt.step()
