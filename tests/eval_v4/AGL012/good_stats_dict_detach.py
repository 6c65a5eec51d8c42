"""Metrics dict accumulating detached loss tensors."""
import torch
from torch import nn

torch.manual_seed(2)
model = nn.Linear(6, 3)
opt = torch.optim.SGD(model.parameters(), lr=0.05)
stats = {"loss": torch.zeros(()), "correct": 0}
for _ in range(3):
    x, y = torch.randn(8, 6), torch.randint(0, 3, (8,))
    logits = model(x)
    loss = nn.functional.cross_entropy(logits, y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    stats["loss"] += loss.detach()
    stats["correct"] += int((logits.argmax(1) == y).sum())
print(stats)
