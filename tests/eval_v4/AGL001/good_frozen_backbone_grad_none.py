"""Fine-tuning: frozen backbone parameters are leaves whose .grad stays None."""
import torch
from torch import nn

torch.manual_seed(5)
backbone = nn.Linear(6, 6)
head = nn.Linear(6, 2)
for p in backbone.parameters():
    p.requires_grad = False
opt = torch.optim.SGD(head.parameters(), lr=0.1)
x, y = torch.randn(4, 6), torch.randint(0, 2, (4,))
opt.zero_grad()
nn.functional.cross_entropy(head(backbone(x)), y).backward()
assert backbone.weight.grad is None
assert head.weight.grad is not None
opt.step()
