import torch
from torch import nn

backbone = nn.Sequential(nn.Linear(4, 4), nn.ReLU())
head = nn.Linear(4, 1)
for p in backbone.parameters():
    p.requires_grad = False
loss = head(backbone(torch.randn(2, 4))).mean()
loss.backward()
print(head.weight.grad)
