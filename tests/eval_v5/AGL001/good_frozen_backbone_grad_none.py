import torch
import torch.nn as nn

torch.manual_seed(11)
backbone = nn.Linear(8, 8)
head = nn.Linear(8, 2)
for p in backbone.parameters():
    p.requires_grad = False
loss = head(backbone(torch.randn(3, 8))).sum()
loss.backward()
assert backbone.weight.grad is None
print(head.weight.grad.shape)
