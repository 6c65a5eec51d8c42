import torch
from torch import nn

torch.manual_seed(0)
backbone = nn.Linear(6, 6)
head = nn.Linear(6, 2)
for p in backbone.parameters():
    p.requires_grad = False

logits = head(torch.relu(backbone(torch.randn(4, 6))))
loss = nn.functional.cross_entropy(logits, torch.tensor([0, 1, 0, 1]))
loss.backward()
assert backbone.weight.grad is None
print("head grad:", head.weight.grad.abs().sum().item())
