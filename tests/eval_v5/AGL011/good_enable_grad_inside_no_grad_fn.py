import torch
import torch.nn as nn


@torch.no_grad()
def refine(model, x):
    with torch.enable_grad():
        x = x.clone().requires_grad_()
        energy = model(x).sum()
        energy.backward()
    return x - 0.1 * x.grad


torch.manual_seed(2)
print(refine(nn.Linear(3, 1), torch.randn(4, 3)).shape)
