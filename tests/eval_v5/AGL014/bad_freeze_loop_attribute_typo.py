import torch
import torch.nn as nn

torch.manual_seed(3)
backbone = nn.Sequential(nn.Linear(6, 6), nn.ReLU(), nn.Linear(6, 6))
head = nn.Linear(6, 2)
for p in backbone.parameters():
    p.require_grad = False  # expect: AGL014
opt = torch.optim.SGD(head.parameters(), lr=0.1)
