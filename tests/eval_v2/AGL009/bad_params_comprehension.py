import numpy as np
import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
flat = np.concatenate([p.numpy().ravel() for p in model.parameters()])  # expect: AGL009
print(flat.shape)
