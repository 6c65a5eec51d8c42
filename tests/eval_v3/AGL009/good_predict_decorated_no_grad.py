import numpy as np
import torch
from torch import nn


@torch.no_grad()
def predict_proba(model, batch):
    return torch.softmax(model(batch), dim=-1).numpy()


torch.manual_seed(0)
print(np.round(predict_proba(nn.Linear(7, 4), torch.randn(3, 7)), 3))
