"""Reptile meta-update under torch.no_grad()."""
import copy

import torch
from torch import nn

torch.manual_seed(12)
meta = nn.Linear(2, 1)
fast = copy.deepcopy(meta)
inner_opt = torch.optim.SGD(fast.parameters(), lr=0.1)
for _ in range(3):
    inner_opt.zero_grad()
    x = torch.randn(5, 2)
    nn.functional.mse_loss(fast(x), x.sum(dim=1, keepdim=True)).backward()
    inner_opt.step()
with torch.no_grad():
    for p, q in zip(meta.parameters(), fast.parameters(), strict=True):
        p.add_(0.5 * (q - p))
