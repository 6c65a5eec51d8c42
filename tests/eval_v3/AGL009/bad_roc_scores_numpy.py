import numpy as np
import torch
from torch import nn


def roc_points(scores, labels):
    order = np.argsort(-scores)
    hits = labels[order]
    tpr = np.cumsum(hits) / max(hits.sum(), 1)
    fpr = np.cumsum(1 - hits) / max((1 - hits).sum(), 1)
    return fpr, tpr


torch.manual_seed(0)
detector = nn.Linear(5, 1)
x, y = torch.randn(12, 5), torch.randint(0, 2, (12,))
probs = torch.sigmoid(detector(x)).squeeze(1)
fpr, tpr = roc_points(probs.numpy(), y.numpy())  # expect: AGL009
print(fpr[-1], tpr[-1])
