import torch
from torch import nn

torch.manual_seed(0)
backbone = nn.Sequential(nn.Linear(8, 8), nn.ReLU())
head = nn.Linear(8, 2)
for p in backbone.parameters():
    p.requires_grad = False
opt = torch.optim.SGD(head.parameters(), lr=0.1)
for _ in range(2):
    opt.zero_grad()
    logits = head(backbone(torch.randn(4, 8)))
    nn.functional.cross_entropy(logits, torch.tensor([0, 1, 0, 1])).backward()
    opt.step()
