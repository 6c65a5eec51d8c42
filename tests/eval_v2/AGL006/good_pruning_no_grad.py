import torch
import torch.nn as nn

torch.manual_seed(0)

layer = nn.Linear(8, 8)


def magnitude_prune(module, amount=0.5):
    w = module.weight
    threshold = w.detach().abs().flatten().kthvalue(int(amount * w.numel())).values
    mask = (w.detach().abs() > threshold).float()
    with torch.no_grad():
        module.weight.mul_(mask)
    return mask


print(int(magnitude_prune(layer).sum().item()))
layer(torch.randn(2, 8)).sum().backward()
