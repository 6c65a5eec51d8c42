import torch
import torch.nn as nn


@torch.no_grad()
def perturb(model, sigma):
    for p in model.parameters():
        p.add_(torch.randn_like(p) * sigma)


torch.manual_seed(8)
model = nn.Linear(3, 3)
perturb(model, 0.01)
model(torch.randn(2, 3)).sum().backward()
