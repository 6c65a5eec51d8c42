import torch
from torch import nn

model = nn.Linear(5, 1)
val_batches = [(torch.randn(4, 5), torch.randn(4, 1)) for _ in range(3)]
val_loss = 0.0
with torch.no_grad():
    for x, y in val_batches:
        loss = nn.functional.mse_loss(model(x), y)
        val_loss += loss
print(val_loss / len(val_batches))
