import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(4, 3)
x = torch.randn(2, 4, requires_grad=True)
out = layer(x).sum()
(analytic,) = torch.autograd.grad(out, x)
expected = layer.weight.sum(dim=0).expand(2, 4)
print(torch.allclose(analytic, expected))
