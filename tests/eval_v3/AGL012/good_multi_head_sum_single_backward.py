import torch
from torch import nn

torch.manual_seed(0)
trunk = nn.Linear(8, 16)
heads = nn.ModuleList([nn.Linear(16, 3) for _ in range(3)])
params = list(trunk.parameters()) + list(heads.parameters())
opt = torch.optim.Adam(params, lr=1e-3)
for _ in range(2):
    x = torch.randn(4, 8)
    targets = [torch.randint(0, 3, (4,)) for _ in heads]
    h = torch.relu(trunk(x))
    loss = 0.0
    for head, y in zip(heads, targets, strict=True):
        loss = loss + nn.functional.cross_entropy(head(h), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
