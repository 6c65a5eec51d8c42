import torch
import torch.nn as nn

torch.manual_seed(0)

layer = nn.Linear(8, 8)


def magnitude_prune(module, amount=0.5):
    w = module.weight
    threshold = w.detach().abs().flatten().kthvalue(int(amount * w.numel())).values
    mask = (w.detach().abs() > threshold).float()
    module.weight.data *= mask  # expect: AGL006
    return mask


mask = magnitude_prune(layer)
print(int(mask.sum().item()), "weights kept")
