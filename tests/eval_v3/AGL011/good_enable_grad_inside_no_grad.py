import torch
from torch import nn


@torch.no_grad()
def refine(model, x, steps=2):
    delta = torch.zeros_like(x)
    for _ in range(steps):
        with torch.enable_grad():
            delta.requires_grad_(True)
            loss = model(x + delta).pow(2).sum()
            loss.backward()
        delta = (delta - 0.1 * delta.grad).detach()
    return x + delta


torch.manual_seed(0)
print(refine(nn.Linear(3, 1), torch.randn(2, 3)).shape)
