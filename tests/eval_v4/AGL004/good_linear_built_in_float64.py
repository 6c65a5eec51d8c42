"""nn.Linear created with dtype=torch.float64, input in float64."""
import torch
from torch import nn

torch.manual_seed(7)
layer = nn.Linear(3, 2, dtype=torch.float64)
x = torch.randn(5, 3, dtype=torch.float64, requires_grad=True)
assert torch.autograd.gradcheck(lambda t: torch.sigmoid(layer(t)), (x,))
