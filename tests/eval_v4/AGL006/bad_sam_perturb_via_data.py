"""Sharpness-aware step: weights perturbed through .data, restored from a copy."""
import copy

import torch
from torch import nn

torch.manual_seed(7)
model = nn.Linear(4, 2)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(8, 4), torch.randint(0, 2, (8,))
opt.zero_grad()
nn.functional.cross_entropy(model(x), y).backward()
saved = copy.deepcopy(model.state_dict())
grad_norm = torch.norm(torch.stack([p.grad.norm() for p in model.parameters()]))
for p in model.parameters():
    p.data.add_(0.05 * p.grad / grad_norm)  # expect: AGL006
opt.zero_grad()
nn.functional.cross_entropy(model(x), y).backward()
model.load_state_dict(saved)
opt.step()
