"""Hypernetwork regenerates the target weights inside every step."""
import torch
from torch import nn

torch.manual_seed(13)
hyper = nn.Linear(2, 12)
opt = torch.optim.Adam(hyper.parameters(), lr=1e-2)
task_embedding = torch.randn(1, 2)
for _ in range(2):
    x, y = torch.randn(6, 4), torch.randn(6, 3)
    opt.zero_grad()
    weights = hyper(task_embedding).view(4, 3)
    loss = ((x @ weights - y) ** 2).mean()
    loss.backward()
    opt.step()
