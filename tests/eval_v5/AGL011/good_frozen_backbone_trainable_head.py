import torch
import torch.nn as nn

torch.manual_seed(3)
backbone = nn.Sequential(nn.Linear(6, 6), nn.ReLU())
head = nn.Linear(6, 2)
for p in backbone.parameters():
    p.requires_grad = False
x, y = torch.randn(4, 6), torch.tensor([0, 1, 1, 0])
loss = nn.functional.cross_entropy(head(backbone(x)), y)
loss.backward()
