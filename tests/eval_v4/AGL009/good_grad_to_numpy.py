"""Gradients themselves do not require grad: p.grad.numpy() is fine."""
import torch
from torch import nn

torch.manual_seed(10)
model = nn.Linear(4, 2)
model(torch.randn(3, 4)).pow(2).mean().backward()
grads = {name: p.grad.numpy() for name, p in model.named_parameters()}
print({k: v.shape for k, v in grads.items()})
