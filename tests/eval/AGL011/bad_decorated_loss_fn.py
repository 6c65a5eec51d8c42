import torch
from torch import nn


@torch.no_grad()
def compute_loss(model, x, y):
    return nn.functional.cross_entropy(model(x), y)


clf = nn.Linear(6, 3)
loss = compute_loss(clf, torch.randn(4, 6), torch.tensor([0, 1, 2, 1]))
loss.backward()  # expect: AGL011
