"""gradcheck on a freshly built float32 layer."""
import torch
from torch import nn

torch.manual_seed(1)
layer = nn.Sequential(nn.Linear(3, 4), nn.Tanh())
inp = torch.randn(2, 3, requires_grad=True)
ok = torch.autograd.gradcheck(layer, (inp,), raise_exception=False)  # expect: AGL004
print(ok)
