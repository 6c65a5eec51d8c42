import torch
from torch import nn


@torch.no_grad()
def sgd_step(params, lr):
    for p in params:
        p.add_(p.grad, alpha=-lr)


torch.manual_seed(0)
model = nn.Linear(4, 2)
for _ in range(2):
    model.zero_grad()
    nn.functional.cross_entropy(model(torch.randn(6, 4)), torch.randint(0, 2, (6,))).backward()
    sgd_step(model.parameters(), 0.1)
