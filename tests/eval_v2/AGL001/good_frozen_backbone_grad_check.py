import torch
import torch.nn as nn

torch.manual_seed(0)

backbone = nn.Linear(6, 6)
head = nn.Linear(6, 2)
for p in backbone.parameters():
    p.requires_grad = False

x = torch.randn(4, 6)
loss = head(torch.relu(backbone(x))).logsumexp(-1).mean()
loss.backward()
assert backbone.weight.grad is None
assert head.weight.grad is not None
print("frozen ok", head.bias.grad)
