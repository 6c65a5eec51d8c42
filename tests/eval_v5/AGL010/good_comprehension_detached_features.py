import torch
import torch.nn as nn

torch.manual_seed(7)
blocks = nn.ModuleList([nn.Linear(5, 5) for _ in range(3)])
x = torch.randn(2, 5)
feats = []
for block in blocks:
    x = torch.relu(block(x))
    feats.append(x)
frozen = [f.detach().requires_grad_(False) for f in feats]
print([f.requires_grad for f in frozen])
