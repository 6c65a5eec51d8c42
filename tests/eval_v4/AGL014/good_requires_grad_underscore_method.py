"""Input made differentiable with the correct requires_grad_()."""
import torch
from torch import nn

torch.manual_seed(15)
model = nn.Linear(5, 3)
x = torch.randn(2, 5)
x.requires_grad_()
model(x).sum().backward()
print(x.grad.shape)
