import torch
from torch import nn


def feature_grad(encoder, x):
    feats = encoder(x)
    feats.retain_grad()
    feats.norm().backward()
    return feats.grad


enc = nn.Linear(5, 3)
print(feature_grad(enc, torch.randn(2, 5)))
