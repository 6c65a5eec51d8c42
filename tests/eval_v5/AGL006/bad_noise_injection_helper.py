import torch
import torch.nn as nn


def perturb(model, sigma):
    for p in model.parameters():
        p.data.add_(torch.randn_like(p) * sigma)  # expect: AGL006


torch.manual_seed(8)
model = nn.Linear(3, 3)
perturb(model, 0.01)
model(torch.randn(2, 3)).sum().backward()
