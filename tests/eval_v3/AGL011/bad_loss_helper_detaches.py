import torch
from torch import nn


def masked_mse(pred, target, mask):
    diff = (pred.detach() - target) * mask
    return diff.pow(2).sum() / mask.sum()


torch.manual_seed(0)
model = nn.Linear(5, 5)
x = torch.randn(3, 5)
mask = (torch.rand(3, 5) > 0.3).float()
loss = masked_mse(model(x), x, mask)
loss.backward()  # expect: AGL011
