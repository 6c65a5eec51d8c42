import torch
from torch import nn

trunk = nn.Linear(4, 4)
heads = nn.ModuleList([nn.Linear(4, 1) for _ in range(3)])
opt = torch.optim.SGD(list(trunk.parameters()) + list(heads.parameters()), lr=0.1)
feats = trunk(torch.randn(6, 4))
total = 0
for head in heads:
    total += head(feats).pow(2).mean()
opt.zero_grad()
total.backward()
opt.step()
