"""Predictions converted with .detach().cpu().numpy()."""
import numpy as np
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 3)
x, y = torch.randn(10, 4), torch.randint(0, 3, (10,))
probs = torch.softmax(model(x), dim=1).detach().cpu().numpy()
print("accuracy:", float(np.mean(probs.argmax(axis=1) == y.numpy())))
