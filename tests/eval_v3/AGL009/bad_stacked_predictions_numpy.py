import numpy as np
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Linear(8, 1))
batches = [torch.randn(3, 4) for _ in range(3)]
preds = []
for xb in batches:
    preds.append(model(xb).squeeze(1))
all_preds = torch.cat(preds).numpy()  # expect: AGL009
print(np.percentile(all_preds, [5, 50, 95]))
