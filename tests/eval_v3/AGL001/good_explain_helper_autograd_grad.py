import torch
from torch import nn


def explain(backbone, head, x, target_class):
    feats = backbone(x)
    score = head(feats)[:, target_class].sum()
    (feat_grad,) = torch.autograd.grad(score, feats)
    return feat_grad


torch.manual_seed(0)
backbone = nn.Sequential(nn.Linear(6, 8), nn.ReLU())
head = nn.Linear(8, 3)
print(explain(backbone, head, torch.randn(2, 6), 1).shape)
