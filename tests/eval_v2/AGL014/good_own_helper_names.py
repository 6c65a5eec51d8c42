import torch
import torch.nn as nn


def zero_grads(params):
    for p in params:
        p.grad = None


def make_weight(shape, require_grad=True):
    return torch.randn(*shape).requires_grad_(require_grad)


torch.manual_seed(0)
w = make_weight((3, 2), require_grad=True)
layer = nn.Linear(2, 1)
for _ in range(2):
    zero_grads([w, *layer.parameters()])
    layer(torch.randn(4, 3) @ w).sum().backward()
print(w.grad.shape)
