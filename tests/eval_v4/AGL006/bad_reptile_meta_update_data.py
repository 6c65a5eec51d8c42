"""Reptile meta-update interpolating towards adapted weights via .data."""
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
for p, q in zip(meta.parameters(), fast.parameters(), strict=True):
    p.data += 0.5 * (q.detach() - p.detach())  # expect: AGL006
