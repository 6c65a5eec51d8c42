import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 2)
batches = [torch.randn(3, 4) for _ in range(3)]
preds = torch.empty(9, 2)
with torch.no_grad():
    for i, xb in enumerate(batches):
        preds[i * 3:(i + 1) * 3] = model(xb)
print(preds.mean(0))
