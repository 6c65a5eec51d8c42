import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 2)
x, y = torch.randn(6, 4), torch.randint(0, 2, (6,))
nn.functional.cross_entropy(model(x), y).backward()


def sgd_step(params, lr):
    for p in params:
        p.add_(p.grad, alpha=-lr)  # expect: AGL008


sgd_step(model.parameters(), 0.1)
