import numpy as np
import torch
from torch import nn


def predict_proba(model, batch):
    logits = model(batch)
    return torch.softmax(logits, dim=-1).numpy()  # expect: AGL009


torch.manual_seed(0)
clf = nn.Linear(7, 4)
probs = predict_proba(clf, torch.randn(3, 7))
print(np.round(probs, 3))
