"""The report re-reduces per-sample losses and keeps the result's graph."""
import torch
from torch import nn

torch.manual_seed(11)
model = nn.Linear(3, 2)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
epoch_total = 0.0
for _ in range(3):
    x, y = torch.randn(6, 3), torch.randint(0, 2, (6,))
    per_sample = nn.functional.cross_entropy(model(x), y, reduction="none")
    opt.zero_grad()
    per_sample.mean().backward()
    opt.step()
    epoch_total = epoch_total + per_sample.mean()  # expect: AGL012
print(epoch_total)
