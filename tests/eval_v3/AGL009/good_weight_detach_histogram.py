import numpy as np
import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 2))
stats = {}
for i, layer in enumerate(net):
    if isinstance(layer, nn.Linear):
        weights = layer.weight.detach().numpy()
        stats[i] = (float(np.mean(weights)), float(np.std(weights)))
print(stats)
