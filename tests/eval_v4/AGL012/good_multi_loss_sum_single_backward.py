"""Several task losses summed within one step, then one backward()."""
import torch
from torch import nn

torch.manual_seed(4)
trunk = nn.Linear(4, 6)
heads = nn.ModuleList([nn.Linear(6, 1) for _ in range(3)])
opt = torch.optim.Adam([*trunk.parameters(), *heads.parameters()], lr=1e-3)
for _ in range(2):
    x = torch.randn(5, 4)
    targets = torch.randn(3, 5, 1)
    h = torch.relu(trunk(x))
    loss = 0.0
    for head, target in zip(heads, targets, strict=True):
        loss = loss + nn.functional.mse_loss(head(h), target)
    opt.zero_grad()
    loss.backward()
    opt.step()
