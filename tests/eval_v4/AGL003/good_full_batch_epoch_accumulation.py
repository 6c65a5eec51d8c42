"""Full-batch training: accumulate over all batches, one step per epoch, reset per epoch."""
import torch
from torch import nn

torch.manual_seed(2)
model = nn.Linear(5, 2)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
batches = [(torch.randn(4, 5), torch.randint(0, 2, (4,))) for _ in range(3)]
for _epoch in range(3):
    opt.zero_grad()
    for x, y in batches:
        loss = nn.functional.cross_entropy(model(x), y) / len(batches)
        loss.backward()
    opt.step()
