"""Regression on three targets: summed over the batch but not over targets."""
import torch
from torch import nn

torch.manual_seed(9)
model = nn.Linear(4, 3)
opt = torch.optim.SGD(model.parameters(), lr=0.05)
for _ in range(2):
    x, y = torch.randn(8, 4), torch.randn(8, 3)
    opt.zero_grad()
    loss = ((model(x) - y) ** 2).sum(dim=0)
    loss.backward()  # expect: AGL002
    opt.step()
