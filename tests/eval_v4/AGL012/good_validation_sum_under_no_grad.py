"""Validation loss summed as tensors inside torch.no_grad(): no graph is kept."""
import torch
from torch import nn

torch.manual_seed(3)
model = nn.Linear(4, 2)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
opt.zero_grad()
nn.functional.cross_entropy(model(torch.randn(6, 4)), torch.randint(0, 2, (6,))).backward()
opt.step()
val_total = 0.0
with torch.no_grad():
    for _ in range(3):
        x, y = torch.randn(6, 4), torch.randint(0, 2, (6,))
        val_total += nn.functional.cross_entropy(model(x), y)
print(val_total / 3)
