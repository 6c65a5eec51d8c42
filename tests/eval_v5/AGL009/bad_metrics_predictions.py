import numpy as np
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(4, 1)
x, y = torch.randn(10, 4), np.random.default_rng(0).normal(size=(10, 1))
preds = model(x).numpy()  # expect: AGL009
print(np.mean((preds - y) ** 2))
