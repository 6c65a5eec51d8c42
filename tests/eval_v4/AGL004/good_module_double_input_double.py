"""A layer converted with .double() and fed float64 input."""
import torch
from torch import nn

torch.manual_seed(1)
layer = nn.Sequential(nn.Linear(3, 4), nn.Tanh()).double()
inp = torch.randn(2, 3, dtype=torch.float64, requires_grad=True)
assert torch.autograd.gradcheck(layer, (inp,))
