import torch
import torch.nn as nn

torch.manual_seed(3)
backbone = nn.Sequential(nn.Linear(6, 6), nn.ReLU(), nn.Linear(6, 6))
head = nn.Linear(6, 2)
for p in backbone.parameters():
    p.requires_grad = False
opt = torch.optim.SGD(head.parameters(), lr=0.1)
opt.zero_grad()
head(backbone(torch.randn(3, 6))).sum().backward()
opt.step()
