"""Input made differentiable with x.require_grad_()."""
import torch
from torch import nn

torch.manual_seed(15)
model = nn.Linear(5, 3)
x = torch.randn(2, 5)
x.require_grad_()  # expect: AGL014
model(x).sum().backward()
