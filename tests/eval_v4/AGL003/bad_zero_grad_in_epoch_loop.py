"""zero_grad() sits in the epoch loop while step() runs per batch."""
import torch
from torch import nn

torch.manual_seed(2)
model = nn.Linear(5, 2)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
batches = [(torch.randn(4, 5), torch.randint(0, 2, (4,))) for _ in range(3)]
for _epoch in range(2):
    opt.zero_grad()
    for x, y in batches:
        loss = nn.functional.cross_entropy(model(x), y)
        loss.backward()  # expect: AGL003
        opt.step()
