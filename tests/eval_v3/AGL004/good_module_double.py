import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Sequential(nn.Linear(4, 3), nn.Tanh()).double()
inp = torch.randn(2, 4, dtype=torch.float64, requires_grad=True)
assert torch.autograd.gradcheck(layer, (inp,))
